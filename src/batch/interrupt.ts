import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemporary } from '../io/temporary-names.js';
import { journalPath, readJournal, readPrevious } from './journal.js';
import { isRunning } from './lock.js';
import { spillPath } from './spill.js';
import { type BatchTargets, batchTargets } from './targets.js';

function names(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

// Only `<target>.<pid>.tmp` beside a target crosscheck writes goes (review-ux item 1: a sweep of
// every `*.<digits>.tmp` under --out deleted the user's own files); links are never followed.
function sweep(targets: BatchTargets, whose: (pid: number) => boolean): void {
  for (const [dir, targetNames] of targets.folders()) {
    for (const name of names(dir)) {
      const temporary = parseTemporary(name);
      if (temporary && targetNames.has(temporary.target) && whose(temporary.pid))
        rmSync(join(dir, name), { force: true });
    }
  }
}

/**
 * Removes the temporaries of these targets (batchTargets) that processes no longer running left
 * (a killed run, user trial 4); those of a running crosscheck (another batch sharing the claims
 * cache) stay. Missing folders are passed over.
 */
export function sweepStaleTemporaries(targets: BatchTargets): void {
  sweep(targets, (pid) => pid !== process.pid && !isRunning(pid));
}

/** Removes this process's own temporaries of these targets: what an interrupt cut short. */
function sweepOwnTemporaries(targets: BatchTargets): void {
  sweep(targets, (pid) => pid === process.pid);
}

/** The journal's length in bytes now: where the entries of a run starting now begin. */
export function journalLength(outDir: string): number {
  try {
    return statSync(journalPath(outDir)).size;
  } catch {
    return 0;
  }
}

/**
 * How many of these pairs have their files written, as the journal and the last summary record
 * them (compared cleanly, same key): what a run started again will find up to date. With `since`
 * (a `--force` run, which ignored the earlier records), only the journal entries from that byte
 * on count: those this run wrote (review-ux item 6).
 */
function countWritten(outDir: string, pairs: readonly { id: string; key: string }[], since?: number): number {
  const previous =
    since === undefined ? readPrevious(outDir) : new Map(readJournal(outDir, since).map((e) => [e.id, e]));
  return pairs.filter((pair) => {
    const entry = previous.get(pair.id);
    return entry?.status === 'ok' && entry.key === pair.key;
  }).length;
}

/**
 * After a stop signal: removes this process's temporary files (of `targets`, else every target
 * of the folders) and the entry spill; returns how many of the `planned` pairs are written, or
 * undefined when the stop came before the plan.
 */
export function stopBatch(
  outDir: string,
  claimsDir: string,
  planned?: readonly { id: string; key: string }[],
  targets?: BatchTargets,
  forcedSince?: number,
): { written: number; planned: number } | undefined {
  sweepOwnTemporaries(targets ?? batchTargets(outDir, claimsDir));
  rmSync(spillPath(outDir), { force: true });
  if (!planned) return undefined;
  return { written: countWritten(outDir, planned, forcedSince), planned: planned.length };
}
