import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The analysis files a batch with the json format writes beside `summary.json` (write.ts, write-profiles.ts). */
export const ANALYSIS_FILES = [
  'findings.csv',
  'findings.jsonl',
  'claims.csv',
  'claims.jsonl',
  'outlets.json',
  'outlets.html',
] as const;

/** Whether the folder's last `summary.json` is crosscheck's and says that run wrote json (and so tables). */
function lastRunWroteTables(outDir: string): boolean {
  try {
    const summary = JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8'));
    return (
      summary?.generator?.name === 'crosscheck' &&
      Array.isArray(summary.formats) &&
      summary.formats.includes('json')
    );
  } catch {
    return false;
  }
}

/**
 * Removes the analysis files of an earlier run into the same folder, when this run writes none
 * (no json format): they would describe other reports than the index beside them (user trial 13).
 * Only when that earlier run's `summary.json` shows it wrote them: files of the same names that
 * crosscheck did not write are the user's and stay (review-ux item 1).
 */
export function removeAnalysisFiles(outDir: string): void {
  if (!lastRunWroteTables(outDir)) return;
  for (const name of ANALYSIS_FILES) rmSync(join(outDir, name), { force: true });
}
