import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { StreamedSummary } from '../model/summary.js';
import { renderOutletsPage } from '../report/outlets-page.js';
import { outletProfiles } from './profiles.js';
import { reports } from './write.js';

/** Writes `outlets.json` (the profiles) and `outlets.html` (their table and charts) from the batch's JSON reports. */
export function writeProfiles(outDir: string, summary: StreamedSummary): void {
  const profiles = outletProfiles(reports(outDir, summary));
  writeAtomic(
    join(outDir, 'outlets.json'),
    `${JSON.stringify({ schemaVersion: 1, outlets: profiles }, null, 2)}\n`,
  );
  writeAtomic(join(outDir, 'outlets.html'), renderOutletsPage(profiles, summary.omissionCap));
}
