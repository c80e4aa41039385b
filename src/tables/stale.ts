import { rmSync } from 'node:fs';
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

/**
 * Removes the analysis files of an earlier run into the same folder, when this run writes none
 * (no json format): they would describe other reports than the index beside them (user trial 13).
 */
export function removeAnalysisFiles(outDir: string): void {
  for (const name of ANALYSIS_FILES) rmSync(join(outDir, name), { force: true });
}
