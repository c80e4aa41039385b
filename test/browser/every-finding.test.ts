import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import type { Side } from '../../src/model/span.js';
import { renderHtml } from '../../src/report/html/index.js';
import { compareFilesChecked } from '../assert-report.js';
import {
  describeInBrowser,
  launch,
  onScreen,
  open,
  type Session,
  useSession,
  writePage,
} from './chromium.js';

// The sample report of `npm start`. Findings change as rules do, so every test walks what the
// page holds (its list of findings) rather than naming an id.
const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const SIDES: Side[] = ['a', 'b'];

/** Whether a finding's marks, on both sides, are close enough to fit in the window at once. */
async function fitTogether(page: Page, id: string): Promise<boolean> {
  return page.evaluate((f) => {
    const rect = (el: Element) => el.getBoundingClientRect();
    const rects = Array.from(document.querySelectorAll(`.split .hl[data-f~="${f}"]`)).map(rect);
    const bars = Array.from(document.querySelectorAll('.toolbar, .split-head')).map((b) => rect(b).bottom);
    const room = window.innerHeight - Math.max(0, ...bars);
    return Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) < room * 0.8;
  }, id);
}

const marksOf = (page: Page, id: string, side: Side) =>
  page.locator(`.cell.side-${side} .hl[data-f~="${id}"]`);

function findingOf(id: string): Finding {
  const f = sample.findings.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is in the page but not in the report`);
  return f;
}

/** The text a side's marks of one finding show in one sentence, in reading order. */
const markedText = (page: Page, id: string, side: Side, sentence: string) =>
  page.locator(`#${side}-${sentence} .hl[data-f~="${id}"]`).allTextContents();

/**
 * The selected finding's evidence: every span covered by its marks, every mark highlighted,
 * the marks in view together when they fit, and each side's brought into view by its control.
 * Returns the sides checked in view together (none when the marks do not fit in the window).
 */
async function expectEvidenceShown(page: Page, id: string): Promise<Side[]> {
  const f = findingOf(id);
  expect(await page.locator(`#finding-${id}`).isVisible(), `${id} listed`).toBe(true);
  expect(await page.locator(`#finding-${id} .pick`).getAttribute('aria-pressed')).toBe('true');
  const all = page.locator(`.split .hl[data-f~="${id}"]`);
  for (const mark of await all.all())
    expect(await mark.getAttribute('class'), `${id} highlighted`).toContain('sel');
  expect(await page.locator('.split .hl.sel').count(), `${id}: only its marks selected`).toBe(
    await all.count(),
  );
  for (const side of SIDES) {
    expect((await marksOf(page, id, side).count()) > 0, `${id} marked on side ${side}`).toBe(
      f[side].length > 0,
    );
    for (const span of f[side]) {
      // Overlapping evidence is cut into several marks: together they hold the span's text.
      expect((await markedText(page, id, side, span.sentence)).join(''), `${id} ${side}`).toContain(
        span.text,
      );
    }
  }
  const first = SIDES.map((side) => marksOf(page, id, side).first());
  const shown = await Promise.all(first.map(async (m) => (await m.count()) > 0 && (await onScreen(m))));
  expect(shown.some(Boolean), `${id}: a mark in view after selecting`).toBe(true);
  // When all its marks fit in the window at once, every side with evidence is in view.
  const together = await fitTogether(page, id);
  const checked = together ? SIDES.filter((side) => f[side].length > 0) : [];
  const missing = checked.filter((side) => !shown[SIDES.indexOf(side)]);
  expect(missing, `${id}: sides out of view though the marks fit together`).toEqual([]);
  for (const side of SIDES) {
    if (f[side].length === 0) continue;
    await page.locator(`#detail .goto[data-s^="${side}-"]`).first().click();
    expect(await onScreen(marksOf(page, id, side).first()), `${id}: side ${side} brought into view`).toBe(
      true,
    );
    expect(await page.locator(`#finding-${id} .pick`).getAttribute('aria-pressed')).toBe('true');
  }
  return checked;
}

const listedIds = (page: Page) =>
  page.locator('li.finding').evaluateAll((items) => items.map((li) => li.id.slice('finding-'.length)));

/** Reveals the less confident findings, then selects every listed finding in turn. */
async function selectEachInList(session: Session, url: string): Promise<void> {
  const { page, log } = await open(session, url);
  const ids = await listedIds(page);
  expect(ids.length).toBe(sample.findings.length);
  const hidden = await page.locator('li.finding[hidden]').count();
  expect(hidden, 'the sample has findings below the threshold').toBeGreaterThan(0);
  await page.locator('input[name="low"]').check();
  // The in-view-together check must have run on a finding with evidence on both sides.
  let bothInView = 0;
  for (const id of ids) {
    await page.locator(`#finding-${id} .pick`).click();
    bothInView += (await expectEvidenceShown(page, id)).length === 2 ? 1 : 0;
  }
  expect(bothInView, 'findings with both sides checked in view together').toBeGreaterThan(0);
  expect(log.errors).toEqual([]);
  await page.close();
}

describeInBrowser()('every finding of the sample report in chromium', { timeout: 180_000 }, () => {
  const session = useSession();
  const url = writePage('every-finding.html', renderHtml(sample));

  it('selecting each finding in the list, hidden ones revealed first, shows all its evidence', async () => {
    await selectEachInList(session(), url);
  });

  it('does the same on a phone screen, where the findings list comes after the texts', async () => {
    const phone = await launch({ width: 390, height: 844 });
    try {
      await selectEachInList(phone, url);
    } finally {
      await phone.close();
    }
  });

  it('a mark shared by several findings selects each of them in turn', async () => {
    const { page } = await open(session(), url);
    await page.locator('input[name="low"]').check();
    const shared = await page.locator('.split .hl[data-f*=" "]').all();
    expect(shared.length, 'the sample has overlapping evidence').toBeGreaterThan(0);
    for (const mark of shared) {
      const ids = ((await mark.getAttribute('data-f')) ?? '').split(' ');
      const picked: string[] = [];
      for (const _ of ids) {
        await mark.click();
        const pressed = page.locator('.findings .pick[aria-pressed="true"]');
        picked.push((await pressed.getAttribute('data-f')) ?? '');
      }
      expect([...picked].sort()).toEqual([...ids].sort());
    }
    await page.close();
  });

  it('opening the report at #finding-<id> of a hidden finding selects and shows it', async () => {
    const { page: probe } = await open(session(), url);
    const id = (await probe.locator('li.finding[hidden]').first().getAttribute('id'))?.slice(
      'finding-'.length,
    );
    await probe.close();
    expect(id, 'the sample has a finding below the threshold').toBeDefined();
    const { page, log } = await open(session(), `${url}#finding-${id}`);
    await expect.poll(() => page.locator(`#finding-${id}`).isVisible(), { timeout: 2000 }).toBe(true);
    expect(await page.locator('input[name="low"]').isChecked()).toBe(true);
    await expectEvidenceShown(page, id ?? '');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('selecting a hidden finding from elsewhere (a link to it) reveals it', async () => {
    const { page } = await open(session(), url);
    const ids = await listedIds(page);
    for (const id of ids) {
      const f = findingOf(id);
      // Hide it twice over: its kind unchecked, and the less confident findings hidden.
      await page.locator('input[name="low"]').uncheck();
      await page.locator(`input[name="kind"][value="${f.kind}"]`).uncheck();
      expect(await page.locator(`#finding-${id}`).isVisible()).toBe(false);
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `finding-${id}`);
      await expect.poll(() => page.locator(`#finding-${id}`).isVisible(), { timeout: 2000 }).toBe(true);
      expect(await page.locator(`input[name="kind"][value="${f.kind}"]`).isChecked()).toBe(true);
      await expectEvidenceShown(page, id);
    }
    await page.close();
  });
});
