import type { StreamedSummary } from '../model/summary.js';
import { profileTally } from './profiles.js';
import { removeAnalysisFiles } from './stale.js';
import { type ParkedTables, writeTables } from './write.js';
import { writeProfiles } from './write-profiles.js';

/**
 * The batch's analysis files, built from its JSON pair reports and the summary (batch and merge write
 * them before `summary.json` and `index.html`): the tidy tables and the outlet profiles. A batch
 * without JSON reports has none, and removes those of an earlier run. `batch` and `merge`
 * both call this, so a merged run writes what a single run writes. `parked`: each pair's pieces
 * as the batch's workers built them (pair-tables.ts), in summary order, when it has them.
 */
export async function writeAnalysisFiles(
  outDir: string,
  summary: StreamedSummary,
  parked?: ParkedTables,
): Promise<void> {
  if (!summary.formats.includes('json')) return removeAnalysisFiles(outDir);
  // The profiles are gathered while the tables are written: each report is read at most once
  // (none of the pairs compared in this run, whose pieces were built where they ran).
  const profiles = profileTally();
  await writeTables(outDir, summary, profiles, parked);
  writeProfiles(outDir, profiles.list(), summary.omissionCap);
}
