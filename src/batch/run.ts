import { join } from 'node:path';
import { UserError } from '../errors.js';
import { ensureDir, writeAtomic } from '../io/write-atomic.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, CorpusInput, PairEntry } from '../model/summary.js';
import { indexChunks } from '../report/index-page.js';
import { summaryChunks } from '../report/summary.js';
import type { Format } from './formats.js';
import { sweepStaleTemporaries } from './interrupt.js';
import { clearJournal, isFresh, journalPath, readPrevious } from './journal.js';
import { freshnessKey, hashFile } from './key.js';
import { type PlannedPair, planBatch } from './plan.js';
import { runTasks } from './pool.js';
import { createProgress, type ProgressOutput } from './progress.js';
import { inShard, type Shard } from './shard.js';
import { openSpill } from './spill.js';
import { buildSummary } from './summarize.js';
import type { EventResult, EventTask } from './task.js';

/** What `crosscheck batch` was asked to do. */
export interface BatchOptions {
  sourcesDir: string;
  outDir: string;
  claimsDir: string;
  formats: Format[];
  jobs: number;
  failOn: FindingKind[];
  shard?: Shard;
  /** Pairs per worker thread started (pool.ts MIN_PAIRS_PER_WORKER); tests set 1 to force workers. */
  minPairsPerWorker?: number;
  /** The corpus the sources were laid out from, recorded in the summary. */
  corpus?: CorpusInput;
  /** Compare every pair again, whatever earlier runs recorded (`--force`). */
  force?: boolean;
  /** Told the pairs of this run and their keys once they are planned (the CLI's interrupt line). */
  onPlanned?: (pairs: readonly { id: string; key: string }[]) => void;
  /**
   * Writes what is built from the summary besides `summary.json` and `index.html` (the analysis
   * tables), before those two: an interrupt never leaves an index that links to missing files.
   */
  beforeSummary?: (summary: BatchSummary) => Promise<void>;
}

/**
 * What a batch did, for the CLI to print. The summary is what was written, but for the `top`
 * findings of its pairs, which only the pairs that tripped the gate keep (memory; see spill.ts).
 */
export interface BatchOutcome {
  summary: BatchSummary;
  compared: number;
  skipped: number;
  /** Milliseconds per compared pair and per analyzed source, for the benchmark. */
  pairMs: number[];
  sourceMs: number[];
}

/**
 * Writes `summary.json` and `index.html` of a finished batch, each atomically and pair by pair;
 * `full` gives back an entry's parked `top` findings (see spill.ts).
 */
export function writeBatchOutputs(
  outDir: string,
  summary: BatchSummary,
  full: (entry: PairEntry) => PairEntry = (entry) => entry,
): void {
  writeAtomic(join(outDir, 'summary.json'), summaryChunks(summary, full));
  writeAtomic(join(outDir, 'index.html'), indexChunks(summary));
}

/** Every event folder holds one source: there is nothing to compare, which the user must hear. */
function noPairs(root: string): UserError {
  return new UserError(
    'bad-usage',
    `${root} holds no event folder with two or more sources`,
    'put at least two articles of one event in each event folder',
    root,
  );
}

type KeyedPair = PlannedPair & { key: string };

function keyPairs(pairs: PlannedPair[], formats: Format[]): KeyedPair[] {
  const hashes = new Map<string, string | null>();
  const hash = (path: string) => {
    if (!hashes.has(path)) hashes.set(path, hashFile(path));
    return hashes.get(path) ?? null;
  };
  return pairs.map((p) => ({ ...p, key: freshnessKey(hash(p.a.path), hash(p.b.path), formats) }));
}

function eventTasks(pairs: KeyedPair[], options: BatchOptions): EventTask[] {
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
    journal: journalPath(options.outDir),
  }));
}

/**
 * Plans the pairs (of one shard) and sorts out those whose outputs are up to date. A function of
 * its own so that the plan, the keyed pairs and the previous run's entries are garbage once it
 * returns: kept in runBatch's frame, which stays alive while the batch runs, they were held for
 * the whole run (the plan alone ~390 bytes a pair, measured on 10,000 planned pairs; issue 13).
 * Each task's pairs go with the task.
 */
function prepareBatch(options: BatchOptions, progressOutput: ProgressOutput) {
  const plan = planBatch(options.sourcesDir);
  for (const { path, reason } of plan.skipped)
    progressOutput.write(`crosscheck batch: skipped ${path}: ${reason}\n`);
  if (plan.pairs.length === 0) throw noPairs(options.sourcesDir);
  const shard = options.shard;
  const pairs = keyPairs(
    plan.pairs.filter((p) => !shard || inShard(p.id, shard)),
    options.formats,
  );
  ensureDir(options.outDir);
  sweepStaleTemporaries([options.outDir, options.claimsDir]);
  options.onPlanned?.(pairs);
  const previous = options.force ? new Map<string, PairEntry>() : readPrevious(options.outDir);
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
    compared: stale.length,
    unusable: plan.skipped,
  };
}

/**
 * Runs a batch: plans the pairs (of one shard), skips those whose outputs are up to date, runs
 * the rest on the worker pool event by event, then writes `beforeSummary`'s files and, last,
 * `summary.json` and `index.html`. Temporary files that killed runs left are removed first.
 * Progress goes to `progressOutput` (the CLI passes its stderr).
 */
export async function runBatch(options: BatchOptions, progressOutput: ProgressOutput): Promise<BatchOutcome> {
  const { tasks, reused, events, compared, unusable } = prepareBatch(options, progressOutput);
  const progress = createProgress(progressOutput, events);
  progress.done(reused, true);
  const skipped = reused.length;
  const spill = openSpill(options.outDir);
  try {
    // splice: the reused entries, with their top findings, are not kept beside their copies.
    const entries = reused.splice(0).map(spill.keep);
    const outcome = { pairMs: [] as number[], sourceMs: [] as number[] };
    const onResult = (result: EventResult) => {
      const done = result.pairs.map((p) => p.entry);
      entries.push(...done.map(spill.keep));
      outcome.pairMs.push(...result.pairs.map((p) => p.ms));
      outcome.sourceMs.push(...result.sourceMs);
      progress.done(done, false);
    };
    await runTasks(tasks, options.jobs, onResult, options.minPairsPerWorker);
    progress.finish();
    const summary = buildSummary(entries, {
      formats: options.formats,
      gate: options.failOn,
      shard: options.shard,
      corpus: options.corpus,
      skipped: unusable,
    });
    await options.beforeSummary?.(summary);
    writeBatchOutputs(options.outDir, summary, spill.full);
    clearJournal(options.outDir);
    // Gate messages quote the top findings of the pairs that tripped it: only those come back whole.
    const tripped = new Set(summary.gate.trips.map((t) => t.pair));
    const pairs = summary.pairs.map((e) => (tripped.has(e.id) ? spill.full(e) : e));
    return { summary: { ...summary, pairs }, compared, skipped, ...outcome };
  } finally {
    spill.close();
  }
}
