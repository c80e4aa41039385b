import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { ensureDir } from '../io/ensure-dir.js';
import { temporaryOf } from '../io/temporary-names.js';

/**
 * Copies a file into the merged folder through a temporary name, so a kill leaves no half file;
 * a missing shard file or a full disk stops the merge with one line naming the path.
 */
export function copyAtomic(from: string, to: string): void {
  ensureDir(dirname(to));
  const temporary = temporaryOf(to);
  try {
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = reasonOf(error);
    throw new UserError(
      'write-failed',
      `cannot copy ${from} to ${to} (${reason})`,
      'check the shard folder and free disk space, then merge again',
      to,
    );
  }
}
