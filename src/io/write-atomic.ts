import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a
 * killed run never leaves half a report and an existing report is never lost.
 */
export function writeAtomic(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(
      'write-failed',
      `cannot write ${path} (${reason})`,
      'check that the folder is writable',
      path,
    );
  }
}
