import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { ensureDir } from '../io/ensure-dir.js';
import { spillPath } from './spill.js';

/** The file that marks an output folder as being written by one process. */
export function lockPath(outDir: string): string {
  return join(outDir, '.crosscheck.lock');
}

/** Whether a process with this id is running (a lock left by a killed run names a dead one). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the output folder for this process, so two batches (or a batch and a merge) cannot
 * interleave their reports and journals. A lock whose process is gone (SIGKILL) is taken over,
 * so a killed run still resumes, and that run's spill file of pair entries (spill.ts, ~1.5 KB a
 * pair) is removed with it: it would otherwise stay in --out until the next batch. Returns the
 * function that releases it.
 */
export function lockOutDir(outDir: string, command: string): () => void {
  ensureDir(outDir);
  const path = lockPath(outDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        const reason = reasonOf(error);
        throw new UserError(
          'bad-out',
          `cannot write in ${outDir} (${reason})`,
          'name a writable folder',
          outDir,
        );
      }
      const pid = holder(path);
      if (pid !== null && isRunning(pid)) {
        throw new UserError(
          'out-locked',
          `${outDir} is being written by another crosscheck (process ${pid})`,
          `wait for it to finish, give ${command} another --out, or delete ${path} if no crosscheck is running`,
          outDir,
        );
      }
      // Only a dead process's spill: an unreadable lock may be one being written this instant.
      if (pid !== null) rmSync(spillPath(outDir), { force: true });
      rmSync(path, { force: true });
    }
  }
  throw new UserError('out-locked', `${outDir} is being taken by another crosscheck`, 'try again', outDir);
}
