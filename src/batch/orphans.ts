import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FORMATS } from './formats.js';
import { readPrevious } from './journal.js';

/** A pair id crosscheck could have written: `<event>/<a>--<b>`, no folder above or beside. */
const PAIR_ID = /^[^/\\]+\/[^/\\]+--[^/\\]+$/;
const isPlainName = (name: string) => name !== '.' && name !== '..';

/**
 * The reports an earlier run into `outDir` wrote for pairs that are no longer in the batch (a
 * source removed or renamed; user trial 6, item 6). Only files crosscheck wrote count: the
 * previous summary or journal records them for the pair, and each is named `<pair id>.<format>`.
 * Any other file in the output folder is the user's and is never listed.
 */
export function orphanReports(outDir: string, planned: ReadonlySet<string>): string[] {
  const files: string[] = [];
  for (const entry of readPrevious(outDir).values()) {
    if (planned.has(entry.id) || !PAIR_ID.test(entry.id) || !Array.isArray(entry.files)) continue;
    if (!entry.id.split('/').every(isPlainName)) continue;
    const own = new Set(FORMATS.map((format) => `${entry.id}.${format}`));
    files.push(...entry.files.filter((file) => own.has(file)));
  }
  return files.sort();
}

/**
 * Removes the orphaned reports, then each event folder they leave empty, so that a rerun after
 * removing a source equals a fresh run (`diff -r`). A folder that still holds anything stays.
 */
export function removeOrphans(outDir: string, files: readonly string[]): void {
  for (const file of files) rmSync(join(outDir, file), { force: true });
  for (const folder of new Set(files.map((file) => join(outDir, dirname(file))))) {
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Gone already or not ours to judge: leaving a folder is harmless.
    }
  }
}
