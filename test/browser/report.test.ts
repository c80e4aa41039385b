import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CONFIDENT } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html/index.js';
import { compareFilesChecked } from '../assert-report.js';
import { describeInBrowser, launch, onScreen, open, useSession, writePage } from './chromium.js';

const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const hostile: Report = compareFilesChecked('test/fixtures/hostile/a.txt', 'test/fixtures/hostile/b.txt');
const SCREENSHOT = 'test-output/sample-report.png';

const marksOf = (page: Page, id: string, side: 'a' | 'b') =>
  page.locator(`.cell.side-${side} .hl[data-f~="${id}"]`);

describeInBrowser()('the HTML report in chromium', { timeout: 120_000 }, () => {
  const session = useSession();
  const url = writePage('sample-report.html', renderHtml(sample));

  it('opens from file:// with no console errors and no network requests', async () => {
    const { page, log } = await open(session(), url);
    await page.locator('#finding-f1 .pick').click();
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    expect(await page.locator('.hl[data-f]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('selecting a finding in the list marks its spans on both sides, in view, and shows its rule', async () => {
    const { page } = await open(session(), url);
    // Findings below the display threshold are hidden until the reader asks for them.
    const both = sample.findings
      .filter((f) => f.a.length > 0 && f.b.length > 0)
      .slice(0, 6)
      .filter((f) => f.confidence >= CONFIDENT);
    expect(both.length).toBeGreaterThan(0);
    for (const f of both) {
      await page.locator(`#finding-${f.id} .pick`).click();
      for (const side of ['a', 'b'] as const) {
        const marks = marksOf(page, f.id, side);
        expect(await marks.count()).toBeGreaterThan(0);
        for (const mark of await marks.all())
          await expect.poll(() => mark.getAttribute('class')).toContain('sel');
        expect(await onScreen(marks.first()), `${f.id} on side ${side}`).toBe(true);
      }
      const detail = await page.locator('#detail').textContent();
      expect(detail).toContain(f.explanation);
      expect(detail).toContain(f.ruleId);
      expect(await page.locator('.hl.sel').count()).toBe(
        await page.locator(`.hl[data-f~="${f.id}"]`).count(),
      );
    }
    await page.close();
  });

  it('selecting a mark in the text, by mouse or keyboard, selects its finding', async () => {
    const { page } = await open(session(), url);
    const f = sample.findings.find((x) => x.kind === 'framing' && x.a.length > 0 && x.b.length > 0);
    if (!f) throw new Error('the sample has no framing finding with two sides');
    await marksOf(page, f.id, 'b').first().click();
    expect(await page.locator(`#finding-${f.id} .pick`).getAttribute('aria-pressed')).toBe('true');
    expect(await onScreen(marksOf(page, f.id, 'a').first())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.hl.sel').count()).toBe(0);
    await marksOf(page, f.id, 'a').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#detail').textContent()).toContain(f.ruleId);
    await page.close();
  });

  it('a filter hides the unchecked kinds, in the text and in the lists', async () => {
    const { page } = await open(session(), url);
    const hidden = ['agreement', 'omission'] as const;
    for (const kind of hidden) await page.locator(`input[name="kind"][value="${kind}"]`).uncheck();
    for (const kind of hidden) {
      expect(await page.locator(`.hl[data-f].k-${kind}`).count()).toBe(0);
      for (const li of await page.locator(`li[data-kind="${kind}"]`).all())
        expect(await li.isVisible()).toBe(false);
    }
    const shown = sample.findings.find((f) => !(hidden as readonly string[]).includes(f.kind));
    expect(shown, 'the sample has a finding of a kind left checked').toBeDefined();
    expect(await page.locator(`#finding-${shown?.id}`).isVisible()).toBe(true);
    const onlyHidden = sample.findings.find((f) => f.kind === 'agreement' && f.a.length > 0);
    expect(onlyHidden, 'the sample has an agreement with marks on side a').toBeDefined();
    const marks = await page.locator(`.hl[data-f="${onlyHidden?.id}"]`).all();
    for (const mark of marks) expect(await mark.getAttribute('role')).toBeNull();
    await page.locator('input[name="kind"][value="agreement"]').check();
    expect(await page.locator('.hl[data-f].k-agreement').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('sorts the claims table by a column header', async () => {
    const { page } = await open(session(), url);
    const kinds = () => page.locator('table.sortable tbody tr td:nth-child(3)').allInnerTexts();
    await page.locator('th button.sort[data-col="2"]').click();
    const ascending = await kinds();
    expect(ascending).toEqual([...ascending].sort());
    await page.locator('th button.sort[data-col="2"]').click();
    expect(await kinds()).toEqual([...ascending].reverse());
    expect(await page.locator('th:has(button[data-col="2"])').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await launch({ width: 390, height: 844 });
    try {
      const { page, log } = await open(phone, url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(log.errors).toEqual([]);
      await page.screenshot({ path: 'test-output/sample-report-phone.png' });
    } finally {
      await phone.close();
    }
  });

  it('has no serious or critical axe-core violations', async () => {
    // axe is injected by playwright, so this one context bypasses the report's CSP.
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const audit = await launch({ bypassCSP: true });
    try {
      const { page } = await open(audit, url);
      await page.locator('#finding-f1 .pick').click();
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    } finally {
      await audit.close();
    }
  });

  it('runs nothing from a hostile source', async () => {
    const hostileUrl = writePage('hostile-report.html', renderHtml(hostile));
    const { page, log } = await open(session(), hostileUrl);
    // Findings below the display threshold start hidden: show them, so every one is reached.
    await page.locator('input[name="low"]').check();
    for (const el of await page.locator('.card, .hl[data-f], .pick').all()) await el.hover();
    const picks = await page.locator('.findings .pick').all();
    for (const pick of picks.slice(0, 10)) await pick.click();
    for (const goto of await page.locator('#detail .goto').all()) await goto.click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.card.side-a .outlet').textContent()).toContain(
      '<script>window.__pwned=1</script>Press <b>TV</b>',
    );
    for (const markup of ['<script>window.', '<img src=x onerror="window.', '<svg onload="window.']) {
      expect(await page.locator('.sent').filter({ hasText: markup }).count(), markup).toBeGreaterThan(0);
    }
    expect(await page.locator('img, iframe, svg:not(.strip)').count()).toBe(0);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    await page.close();
  });

  it('saves a screenshot of the sample report, its first framing finding selected', async () => {
    const { page } = await open(session(), url);
    const f = sample.findings.find((x) => x.kind === 'framing' && x.a.length > 0 && x.b.length > 0);
    if (!f) throw new Error('the sample has no framing finding with two sides');
    await page.locator(`#finding-${f.id} .pick`).click();
    await page.mouse.move(0, 0);
    mkdirSync('test-output', { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    // A PNG signature, and the selection drawn: the picked finding is pressed.
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await page.locator(`#finding-${f.id} .pick`).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: unknown[] }>;
}
