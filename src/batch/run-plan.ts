import { UserError } from '../errors.js';
import { ensureDir } from '../io/ensure-dir.js';
import type { OmissionCap } from '../model/capped.js';
import type { PairEntry } from '../model/summary.js';
import { checkOmissionCap } from '../omission-cap.js';
import type { Format } from './formats.js';
import { sweepStaleTemporaries } from './interrupt.js';
import { isFresh, journalPath, readPreviousRun } from './journal.js';
import { freshnessKey, hashFile } from './key.js';
import { foldsCase } from './orphan-removal.js';
import { type OrphanSweep, orphanReports } from './orphans.js';
import { type PlannedPair, planBatch, type SkippedPath } from './plan.js';
import type { ProgressOutput } from './progress.js';
import type { BatchOptions } from './run.js';
import { inShard } from './shard.js';
import { batchTargets } from './targets.js';
import type { EventTask } from './task.js';

// The first half of a batch (run.ts): what to compare, what is up to date, in which tasks.

/** Every event folder holds one source: there is nothing to compare, which the user must hear. */
function noPairs(root: string): UserError {
  return new UserError(
    'bad-usage',
    `${root} holds no event folder with two or more sources`,
    'put at least two articles of one event in each event folder',
    root,
  );
}

/** A planned pair with its freshness key. */
type KeyedPair = PlannedPair & { key: string };

function keyPairs(pairs: PlannedPair[], formats: Format[], cap?: OmissionCap): KeyedPair[] {
  const hashes = new Map<string, string | null>();
  const hash = (path: string) => {
    if (!hashes.has(path)) hashes.set(path, hashFile(path));
    return hashes.get(path) ?? null;
  };
  return pairs.map((p) => ({ ...p, key: freshnessKey(hash(p.a.path), hash(p.b.path), formats, cap) }));
}

/**
 * The pairs to compare, as one task per event (a worker extracts an event's sources once), events
 * in the order their first pair comes. Exported for bench/resident.ts, which runs such tasks itself.
 */
export function eventTasks(
  pairs: KeyedPair[],
  options: Pick<BatchOptions, 'claimsDir' | 'outDir' | 'formats' | 'omissionCap' | 'tables'>,
): EventTask[] {
  const byEvent = new Map<string, KeyedPair[]>();
  for (const pair of pairs) {
    const list = byEvent.get(pair.event) ?? [];
    list.push(pair);
    byEvent.set(pair.event, list);
  }
  return [...byEvent].map(([event, eventPairs]) => ({
    event,
    pairs: eventPairs,
    claimsDir: options.claimsDir,
    outDir: options.outDir,
    formats: options.formats,
    ...(options.omissionCap !== undefined ? { omissionCap: options.omissionCap } : {}),
    journal: journalPath(options.outDir),
    ...(options.tables ? { tables: true } : {}),
  }));
}

/** A prepared run: the tasks to run, the entries up to date, the events with their pair counts. */
interface PreparedBatch {
  tasks: EventTask[];
  reused: PairEntry[];
  events: { name: string; pairs: number }[];
  /** The plan's files that are no sources and its one-source events, for the summary. */
  unusable: SkippedPath[];
  /** Reports an earlier run wrote for pairs no longer in the plan, removed once the summary is written. */
  orphans: OrphanSweep;
}

/**
 * Plans the pairs (of one shard), sweeps what killed runs left, and sorts out those whose outputs
 * are up to date. A function of its own so that the plan, the keyed pairs and the previous run's
 * entries are garbage once it returns: kept in runBatch's frame, which stays alive while the batch
 * runs, they were held for the whole run (the plan alone ~390 bytes a pair, measured on 10,000
 * planned pairs; issue 13). Each task's pairs go with the task.
 */
export function prepareBatch(options: BatchOptions, progressOutput: ProgressOutput): PreparedBatch {
  // Before anything is written: a bad cap would fail every pair and write a summary `validate` refuses.
  if (options.omissionCap !== undefined) checkOmissionCap(options.omissionCap);
  const plan = planBatch(options.sourcesDir);
  for (const { path, reason } of plan.skipped)
    progressOutput.write(`crosscheck batch: skipped ${path}: ${reason}\n`);
  if (plan.pairs.length === 0) throw noPairs(options.sourcesDir);
  const shard = options.shard;
  const pairs = keyPairs(
    plan.pairs.filter((p) => !shard || inShard(p.id, shard)),
    options.formats,
    options.omissionCap,
  );
  ensureDir(options.outDir);
  const targets = batchTargets(options.outDir, options.claimsDir, plan);
  sweepStaleTemporaries(targets);
  // Only ids and keys: the CLI keeps them for the whole run, and the pairs' sources need not live as long.
  options.onPlanned?.(
    pairs.map(({ id, key }) => ({ id, key })),
    targets,
  );
  // Read once: a 50,000-pair summary.json is a large parse (review-ux6 item 8).
  const before = readPreviousRun(options.outDir);
  // The whole plan, not this shard's part: another shard's pairs are no orphans.
  const orphans = orphanReports({
    outDir: options.outDir,
    plan,
    previous: before.entries,
    previousRoot: before.root,
    caseInsensitive: foldsCase(options.outDir),
  });
  const previous = options.force ? new Map<string, PairEntry>() : before.entries;
  const reused: PairEntry[] = [];
  const stale: KeyedPair[] = [];
  for (const pair of pairs) {
    const entry = previous.get(pair.id);
    if (isFresh(entry, pair.key, options.outDir)) reused.push(entry);
    else stale.push(pair);
  }
  const perEvent = new Map<string, number>();
  for (const pair of pairs) perEvent.set(pair.event, (perEvent.get(pair.event) ?? 0) + 1);
  const events = plan.events
    .map((e) => ({ name: e.name, pairs: perEvent.get(e.name) ?? 0 }))
    .filter((e) => e.pairs > 0);
  return {
    tasks: eventTasks(stale, options),
    reused,
    events,
    unusable: plan.skipped,
    orphans,
  };
}
