import { readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reasonOf } from '../errors.js';
import { contentHash } from '../text/content-hash.js';
import type { OrphanSweep } from './orphans.js';

/** The hash `summary.json` records of each report file written: enough to tell an edit, 64 bits. */
export function reportHash(bytes: Uint8Array | string): string {
  return contentHash(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).slice(0, 16);
}

/**
 * Whether the file system of `dir` folds case (APFS, NTFS by default): the folder is found again
 * under its name in the other case, as the same inode. Only a name with letters can tell.
 */
export function foldsCase(dir: string): boolean {
  const swapped = [...dir].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
  if (swapped === dir) return false;
  try {
    return statSync(swapped).ino === statSync(dir).ino;
  } catch {
    return false;
  }
}

/** A file's hash, or why it cannot be read (ENOENT: gone, nothing to remove). */
function currentHash(path: string): { hash: string } | { code: string } {
  try {
    return { hash: reportHash(readFileSync(path)) };
  } catch (error) {
    return { code: reasonOf(error) };
  }
}

/**
 * Removes the reports the sweep listed, each only while it still holds what crosscheck wrote,
 * then each event folder they leave empty, so that a rerun after removing a source equals a fresh
 * run (`diff -r`). Never throws: an edited report stays, and a file that cannot be removed (EISDIR,
 * EACCES, EBUSY) is named; either way one line on `warn`, and the batch's exit code is its own
 * (review-ux6 items 2 and 3). Returns the files removed.
 */
export function removeOrphans(outDir: string, sweep: OrphanSweep, warn: (line: string) => void): string[] {
  if (sweep.otherRoot)
    warn(
      `left ${sweep.otherRoot.count} report(s) of pairs that an earlier run over another input (${sweep.otherRoot.root}) wrote in ${outDir}: delete them by hand, or give each input its own --out`,
    );
  const removed: string[] = [];
  for (const { file, hash } of sweep.remove) {
    const path = join(outDir, file);
    const now = currentHash(path);
    if ('code' in now) {
      if (now.code !== 'ENOENT') warn(`could not remove ${path} (${now.code}): delete it by hand`);
      continue;
    }
    if (now.hash !== hash) {
      warn(`kept ${path}: changed since crosscheck wrote it, and its pair is no longer in the batch`);
      continue;
    }
    try {
      rmSync(path);
      removed.push(file);
    } catch (error) {
      warn(`could not remove ${path} (${reasonOf(error)}): delete it by hand`);
    }
  }
  for (const folder of new Set(removed.map((file) => join(outDir, dirname(file))))) {
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Gone already or not ours to judge: leaving a folder is harmless.
    }
  }
  return removed;
}
