import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { OmissionCap } from '../model/capped.js';
import type { OutletProfile } from '../model/profile.js';
import { renderOutletsPage } from '../report/outlets-page.js';

/** Writes `outlets.json` (the profiles) and `outlets.html` (their table and charts). */
export function writeProfiles(outDir: string, profiles: OutletProfile[], omissionCap?: OmissionCap): void {
  writeAtomic(
    join(outDir, 'outlets.json'),
    `${JSON.stringify({ schemaVersion: 1, outlets: profiles }, null, 2)}\n`,
  );
  writeAtomic(join(outDir, 'outlets.html'), renderOutletsPage(profiles, omissionCap));
}
