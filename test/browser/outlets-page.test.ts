import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { renderOutletsPage } from '../../src/report/outlets-page.js';
import { outletProfiles } from '../tables/tables-of.js';
import { describeInBrowser, open, useSession, writePage } from './chromium.js';

// The profiles of the committed reports/ (the batch of sources/): seven outlets.
const summary = JSON.parse(readFileSync('reports/summary.json', 'utf8')) as BatchSummary;
const reports = summary.pairs.map(
  (p) =>
    JSON.parse(
      readFileSync(join('reports', p.files.find((f) => f.endsWith('.json')) as string), 'utf8'),
    ) as Report,
);
const profiles = outletProfiles(reports);

describeInBrowser()('outlets.html in chromium', { timeout: 120_000 }, () => {
  const session = useSession();
  const url = writePage('outlets.html', renderOutletsPage(profiles));

  it('renders its charts from file:// under its CSP, with no console errors and no network requests', async () => {
    const { page, log } = await open(session(), url);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    // Three charts of one bar per outlet (claims by stance, attribution contrasts, omissions), drawn with a non-zero size.
    const charts = page.locator('main > .wrap > svg[role=img]');
    expect(await charts.count()).toBe(3);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(await chart.locator('text[text-anchor=end]').allTextContents()).toEqual(
        profiles.map((p) => p.outlet),
      );
    }
    expect(await page.locator('table th[scope=row]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
