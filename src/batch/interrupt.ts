import { type Dirent, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readPrevious } from './journal.js';
import { isRunning } from './lock.js';

// Every temporary file crosscheck writes is `<target>.<process id>.tmp` (io/write-atomic.ts,
// io/write-lines-atomic.ts, merge.ts): the process id says whose it is.
const TEMPORARY = /\.(\d+)\.tmp$/;

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function sweep(dir: string, whose: (pid: number) => boolean): void {
  for (const entry of entriesOf(dir)) {
    const path = join(dir, entry.name);
    // Links are not followed: only what crosscheck itself made under the folder is removed.
    if (entry.isDirectory()) sweep(path, whose);
    else if (entry.isFile()) {
      const pid = TEMPORARY.exec(entry.name)?.[1];
      if (pid !== undefined && whose(Number(pid))) rmSync(path, { force: true });
    }
  }
}

/**
 * Removes the temporary files that processes no longer running left under these folders (a
 * killed run, user trial 4); those of a running crosscheck (another batch sharing the claims
 * cache) stay. Missing folders are passed over.
 */
export function sweepStaleTemporaries(dirs: string[]): void {
  for (const dir of dirs) sweep(dir, (pid) => pid !== process.pid && !isRunning(pid));
}

/** Removes this process's own temporary files under these folders: what an interrupt cut short. */
export function sweepOwnTemporaries(dirs: string[]): void {
  for (const dir of dirs) sweep(dir, (pid) => pid === process.pid);
}

/**
 * How many of these pairs have their files written, as the journal and the last summary record
 * them (compared cleanly, same key): what a run started again will find up to date.
 */
export function countWritten(outDir: string, pairs: readonly { id: string; key: string }[]): number {
  const previous = readPrevious(outDir);
  return pairs.filter((pair) => {
    const entry = previous.get(pair.id);
    return entry?.status === 'ok' && entry.key === pair.key;
  }).length;
}
