import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, CorpusInput, PairEntry } from '../model/summary.js';
import { indexChunks } from '../report/index-page.js';
import { summaryChunks } from '../report/summary.js';
import type { Format } from './formats.js';
import { clearJournal } from './journal.js';
import { removeOrphans } from './orphans.js';
import type { SkippedPath } from './plan.js';
import { runTasks } from './pool.js';
import { createProgress, type ProgressOutput } from './progress.js';
import { prepareBatch } from './run-plan.js';
import type { Shard } from './shard.js';
import { type EntrySpill, openSpill } from './spill.js';
import { buildSummary } from './summarize.js';
import type { EventResult } from './task.js';

/** What `crosscheck batch` was asked to do. */
export interface BatchOptions {
  sourcesDir: string;
  outDir: string;
  claimsDir: string;
  formats: Format[];
  jobs: number;
  failOn: FindingKind[];
  /** Whether the gate counts findings hidden below the display confidence too (`--gate-hidden`). */
  gateHidden?: boolean;
  shard?: Shard;
  /** Pairs per worker thread started (pool.ts MIN_PAIRS_PER_WORKER); tests set 1 to force workers. */
  minPairsPerWorker?: number;
  /** The corpus the sources were laid out from, recorded in the summary. */
  corpus?: CorpusInput;
  /** Compare every pair again, whatever earlier runs recorded (`--force`). */
  force?: boolean;
  /** Told the pairs of this run and their keys once they are planned, and the files it may write
   * (batchTargets): the CLI's interrupt line and its sweep.
   */
  onPlanned?: (pairs: readonly { id: string; key: string }[], targets: readonly string[]) => void;
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

/**
 * Plans the pairs (of one shard) and sorts out those whose outputs are up to date. A function of
 * its own so that the plan, the keyed pairs and the previous run's entries are garbage once it
 * returns: kept in runBatch's frame, which stays alive while the batch runs, they were held for
 * the whole run (the plan alone ~390 bytes a pair, measured on 10,000 planned pairs; issue 13).
 * Each task's pairs go with the task.
 */
export async function runBatch(options: BatchOptions, progressOutput: ProgressOutput): Promise<BatchOutcome> {
  const { tasks, reused, events, compared, unusable, orphans } = prepareBatch(options, progressOutput);
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
    const summary = await finishRun(options, unusable, entries, spill);
    for (const id of summary.sameContent ?? [])
      progressOutput.write(
        `crosscheck batch: warning: ${id}: both sources have the same content: every sentence will agree\n`,
      );
    // Removed only once the new summary and index, which no longer link to them, are written.
    removeOrphans(options.outDir, orphans);
    if (orphans.length > 0)
      progressOutput.write(
        `crosscheck batch: removed ${orphans.length} report(s) of pairs no longer in the batch: ${orphans.join(', ')}\n`,
      );
    return { summary, compared, skipped, ...outcome };
  } finally {
    spill.close();
  }
}

/**
 * The second half of a batch: builds the summary, writes `beforeSummary`'s files, then
 * `summary.json` and `index.html`, and clears the journal. Returns the summary in which only the
 * pairs that tripped the gate keep their `top` findings: gate messages quote those alone.
 */
async function finishRun(
  options: BatchOptions,
  skipped: SkippedPath[],
  entries: PairEntry[],
  spill: EntrySpill,
): Promise<BatchSummary> {
  const summary = buildSummary(entries, {
    formats: options.formats,
    gate: options.failOn,
    gateHidden: options.gateHidden,
    shard: options.shard,
    corpus: options.corpus,
    skipped,
  });
  await options.beforeSummary?.(summary);
  writeBatchOutputs(options.outDir, summary, spill.full);
  clearJournal(options.outDir);
  // Gate messages quote the top findings of the pairs that tripped it: only those come back whole.
  const tripped = new Set(summary.gate.trips.map((t) => t.pair));
  return { ...summary, pairs: summary.pairs.map((e) => (tripped.has(e.id) ? spill.full(e) : e)) };
}
