import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, CorpusInput, PairEntry, StreamedSummary } from '../model/summary.js';
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
import { type EntrySpill, openSpill, type ParkedEntry } from './spill.js';
import { sortEntries, summarizeSorted } from './summarize.js';
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
  beforeSummary?: (summary: StreamedSummary) => Promise<void>;
}

/**
 * What a batch did, for the CLI to print. The summary is what was written, but that its pairs are
 * only those that failed or tripped the gate, which the CLI's lines name (memory; see spill.ts).
 */
export interface BatchOutcome {
  summary: BatchSummary;
  compared: number;
  skipped: number;
  /** Milliseconds per compared pair and per analyzed source, for the benchmark. */
  pairMs: number[];
  sourceMs: number[];
}

/** Writes `summary.json` and `index.html` of a finished batch, each atomically and pair by pair. */
export function writeBatchOutputs(outDir: string, summary: StreamedSummary): void {
  writeAtomic(join(outDir, 'summary.json'), summaryChunks(summary));
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
    // splice: the reused entries are not kept beside their places on disk.
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
 * `summary.json` and `index.html`, and clears the journal. The pairs stay on disk: each pass
 * over the summary's pairs reads them back one at a time, in summary order. Returns the summary
 * with only the pairs that failed or tripped the gate, which the CLI's lines quote.
 */
async function finishRun(
  options: BatchOptions,
  skipped: SkippedPath[],
  places: ParkedEntry[],
  spill: EntrySpill,
): Promise<BatchSummary> {
  const sorted = sortEntries(places);
  const pairs = {
    *[Symbol.iterator]() {
      for (const place of sorted) yield spill.read(place);
    },
  };
  const summary = summarizeSorted(pairs, {
    formats: options.formats,
    gate: options.failOn,
    gateHidden: options.gateHidden,
    shard: options.shard,
    corpus: options.corpus,
    skipped,
  });
  await options.beforeSummary?.(summary);
  writeBatchOutputs(options.outDir, summary);
  clearJournal(options.outDir);
  const tripped = new Set(summary.gate.trips.map((t) => t.pair));
  const named: PairEntry[] = [];
  for (const entry of pairs) if (entry.status !== 'ok' || tripped.has(entry.id)) named.push(entry);
  return { ...summary, pairs: named };
}
