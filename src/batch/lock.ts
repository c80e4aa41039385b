import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { ensureDir } from '../io/ensure-dir.js';
import { spillPath } from './spill.js';

/** The file that marks an output folder as being written by one process. */
export function lockPath(outDir: string): string {
  return join(outDir, '.crosscheck.lock');
}

/**
 * The state letter of a `/proc/<pid>/stat` line (`R`, `S`, `Z`…), read after the last `)`: the
 * command name before it is in parentheses and may hold any character (proc(5)).
 */
export function stateOf(stat: string): string | undefined {
  return /\)\s+(\S)/.exec(stat.slice(stat.lastIndexOf(')')))?.[1];
}

/** Whether a process with this id is running (a lock left by a killed run names a dead one). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * Whether the process has exited and waits to be reaped (state Z): signal 0 still reaches it, but
 * it writes nothing more. A killed batch stays one where PID 1 does not reap orphans (user trial
 * 18, item 17). Linux only (/proc); elsewhere a process that answers signal 0 counts as running.
 */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return stateOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) === 'Z';
  } catch {
    return false;
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
