import { expect, it } from 'vitest';
import { buildSummary } from '../../src/batch/summarize.js';
import { PAGE_SIZE, renderIndex } from '../../src/report/index-page.js';
import { entry } from '../batch/entries.js';
import { describeInBrowser, open, useSession, writePage } from './chromium.js';

// 250 pairs: two full pages and a part; pair i has i % 17 omissions, one pair a hostile outlet
// name, the last pair failed.
const pairs = Array.from({ length: 250 }, (_, i) =>
  entry(
    `event-${String(i).padStart(3, '0')}/a--b`,
    [i === 7 ? '<b>x</b>' : `A${i}`, 'B'],
    { omission: i % 17 },
    [],
    i === 249 ? 'error' : 'ok',
  ),
);
const summary = buildSummary(pairs, { formats: ['json'], gate: [] });

describeInBrowser()('the batch index in chromium', { timeout: 120_000 }, () => {
  const session = useSession();
  const url = writePage('index-paging.html', renderIndex(summary));

  it('shows one page of rows at a time and pages through every pair', async () => {
    const { page, log } = await open(session(), url);
    const rows = page.locator('#pairs tbody tr');
    const info = page.locator('#pairs-info');
    expect(await rows.count()).toBe(PAGE_SIZE);
    expect(await info.textContent()).toBe(`Pairs 1–${PAGE_SIZE} of 250`);
    expect(await page.locator('#pairs-prev').isDisabled()).toBe(true);
    await page.locator('#pairs-next').click();
    expect(await info.textContent()).toBe(`Pairs ${PAGE_SIZE + 1}–${2 * PAGE_SIZE} of 250`);
    expect(await rows.first().locator('td').first().textContent()).toBe(`event-${PAGE_SIZE}`);
    await page.locator('#pairs-next').click();
    expect(await rows.count()).toBe(250 - 2 * PAGE_SIZE);
    expect(await page.locator('#pairs-next').isDisabled()).toBe(true);
    expect(await page.locator('#pairs b').count()).toBe(0);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    await page.close();
  });

  it('sorts all pairs, not just the page shown, and restarts at the first page', async () => {
    const { page } = await open(session(), url);
    await page.locator('#pairs-next').click();
    await page.locator('#pairs th button', { hasText: 'omission' }).click();
    const omissions = page.locator('#pairs tbody tr td:nth-child(6)');
    expect(await page.locator('#pairs-info').textContent()).toBe(`Pairs 1–${PAGE_SIZE} of 250`);
    expect(await omissions.first().textContent()).toBe('0');
    await page.locator('#pairs th button', { hasText: 'omission' }).click();
    expect(await omissions.first().textContent()).toBe('16');
    // Ties keep pair order: the first pair with 16 omissions is event-016.
    expect(await page.locator('#pairs tbody tr td').first().textContent()).toBe('event-016');
    expect(await page.locator('#pairs tbody tr', { hasText: '<b>x</b>' }).count()).toBe(0);
    await page.close();
  });

  it('filters by text and by a kind shown, over all pairs, and pages the rest', async () => {
    const { page, log } = await open(session(), url);
    const info = page.locator('#pairs-info');
    const rows = page.locator('#pairs tbody tr');
    expect(await page.locator('#pairs-filter').isVisible()).toBe(true);
    await page.locator('#pairs-next').click();
    await page.locator('#pairs-filter-text').fill('EVENT-23');
    // event-230 … event-239: the filter ignores case and restarts at the first page.
    expect(await info.textContent()).toBe('Pairs 1–10 of 10 (filtered from 250)');
    expect(await rows.first().locator('td').first().textContent()).toBe('event-230');
    await page.locator('#pairs-filter-kind').selectOption('omission');
    // Of those, event-238 (238 % 17 = 0) shows no omission.
    expect(await info.textContent()).toBe('Pairs 1–9 of 9 (filtered from 250)');
    expect(await page.locator('#pairs tbody tr', { hasText: 'event-238' }).count()).toBe(0);
    await page.locator('#pairs-filter-text').fill('');
    const withOmissions = Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 17 > 0).length;
    expect(await info.textContent()).toBe(`Pairs 1–${PAGE_SIZE} of ${withOmissions} (filtered from 250)`);
    await page.locator('#pairs-filter-text').fill('<b>x');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe('event-007');
    await page.locator('#pairs-filter-text').fill('no such pair');
    expect(await info.textContent()).toBe('No pair matches the filter (of 250)');
    expect(await page.locator('#pairs-next').isDisabled()).toBe(true);
    await page.locator('#pairs-filter-kind').selectOption('');
    await page.locator('#pairs-filter-text').fill('');
    expect(await info.textContent()).toBe(`Pairs 1–${PAGE_SIZE} of 250`);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('keeps the filter in the address, so a filtered view can be linked', async () => {
    const { page, log } = await open(session(), `${url}#q=EVENT-23&kind=omission`);
    expect(await page.locator('#pairs-info').textContent()).toBe('Pairs 1–9 of 9 (filtered from 250)');
    expect(await page.locator('#pairs-filter-kind').inputValue()).toBe('omission');
    await page.locator('#pairs-filter-text').fill('it is empty');
    expect(await page.evaluate(() => location.hash)).toBe('#q=it+is+empty&kind=omission');
    await page.locator('#pairs-filter-kind').selectOption('');
    await page.locator('#pairs-filter-text').fill('');
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('re-filters when the address changes on the open page (user trial 21b, item 9)', async () => {
    const { page, log } = await open(session(), `${url}#q=EVENT-23&kind=omission`);
    const info = page.locator('#pairs-info');
    expect(await info.textContent()).toBe('Pairs 1–9 of 9 (filtered from 250)');
    await page.evaluate(() => {
      location.hash = 'q=event-24';
    });
    await expect.poll(() => info.textContent()).toBe('Pairs 1–10 of 10 (filtered from 250)');
    expect(await page.locator('#pairs-filter-text').inputValue()).toBe('event-24');
    expect(await page.locator('#pairs-filter-kind').inputValue()).toBe('');
    // Back returns to the first address, and its view.
    await page.goBack();
    await expect.poll(() => info.textContent()).toBe('Pairs 1–9 of 9 (filtered from 250)');
    expect(await page.locator('#pairs-filter-kind').inputValue()).toBe('omission');
    await page.evaluate(() => {
      location.hash = '';
    });
    await expect.poll(() => info.textContent()).toBe(`Pairs 1–${PAGE_SIZE} of 250`);
    expect(await page.locator('#pairs-filter-text').inputValue()).toBe('');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('shows a dash, not zeros, for the counts of a failed pair', async () => {
    const { page } = await open(session(), url);
    await page.locator('#pairs-filter-text').fill('it is empty');
    const cells = page.locator('#pairs tbody tr td.n');
    expect(await cells.allTextContents()).toEqual(Array(6).fill('—'));
    await page.close();
  });
});
