import type { OmissionCap } from '../model/capped.js';
import type { FindingKind } from '../model/finding.js';
import type { CorpusInput, StreamedSummary } from '../model/summary.js';
import type { ParkedTables } from '../tables/write.js';
import { finishRun } from './finish.js';
import type { Format } from './formats.js';
import { removeOrphans } from './orphan-removal.js';
import { runTasks } from './pool.js';
import { createProgress, type ProgressOutput } from './progress.js';
import type { OutcomeSummary } from './report-lines.js';
import { prepareBatch } from './run-plan.js';
import { sameOutletTally } from './same-outlet.js';
import type { Shard } from './shard.js';
import { openSpill } from './spill.js';
import type { BatchTargets } from './targets.js';
import type { EventResult } from './task.js';
import { THREAD_CPU_ENV, threadCpuMarks } from './thread-cpu.js';

/** What `crosscheck batch` was asked to do. */
export interface BatchOptions {
  sourcesDir: string;
  outDir: string;
  claimsDir: string;
  formats: Format[];
  /** Omissions kept per omitting side in each report (`--omission-cap`); absent: the default, 5. */
  omissionCap?: OmissionCap;
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
  onPlanned?: (pairs: readonly { id: string; key: string }[], targets: BatchTargets) => void;
  /**
   * Writes what is built from the summary besides `summary.json` and `index.html` (the analysis
   * tables), before those two: an interrupt never leaves an index that links to missing files.
   */
  beforeSummary?: (summary: StreamedSummary, parked: ParkedTables) => Promise<void>;
  /**
   * Whether each compared pair's pieces of the analysis files are built where it ran, while its
   * report is in memory, and handed to `beforeSummary` (tables/pair-tables.ts): the CLI's, which
   * writes the tables; off, `beforeSummary` gets no pieces (undefined for every pair) and would read
   * every report back.
   */
  tables?: boolean;
}

/**
 * What a batch did, for the CLI to print. The summary is what was written, but that instead of
 * `pairs` it has `named`: only what the CLI's lines quote of the failed pairs and of the first
 * tripped ones (report-lines.ts `namedTally`; memory, see spill.ts). Count pairs by `totals`.
 */
export interface BatchOutcome {
  summary: OutcomeSummary;
  /** Pairs compared in this run; those that failed are not among them (user trial 7, item 6). */
  compared: number;
  skipped: number;
  /** Milliseconds per compared pair and per analyzed source, for the benchmark. */
  pairMs: number[];
  sourceMs: number[];
}

/**
 * Runs `crosscheck batch`: plans the pairs (prepareBatch), compares those whose outputs are not
 * up to date, on worker threads past a few pairs, and writes each pair's reports and journal
 * line; then writes the tables, `summary.json` and `index.html`, clears the journal and removes
 * the reports of pairs no longer in the batch. Each pair's summary entry is parked in the spill
 * file `<out>/.crosscheck-entries.jsonl` while it runs (spill.ts) and read back when the summary
 * is written; the file is removed when the batch ends, whether it finished or failed.
 */
export async function runBatch(options: BatchOptions, progressOutput: ProgressOutput): Promise<BatchOutcome> {
  // Off unless a benchmark asks: this thread's CPU at each step (thread-cpu.ts; the workers mark their tasks).
  const markCpu = threadCpuMarks(process.env[THREAD_CPU_ENV]);
  markCpu('start');
  const { tasks, reused, events, unusable, orphans } = prepareBatch(options, progressOutput);
  markCpu('planned');
  const progress = createProgress(progressOutput, events);
  progress.done(reused, true);
  const skipped = reused.length;
  const sameOutlets = sameOutletTally();
  for (const entry of reused) sameOutlets.add(entry);
  const spill = openSpill(options.outDir);
  try {
    // splice: the reused entries are not kept beside their places on disk.
    const entries = reused.splice(0).map((entry) => spill.keep(entry));
    const outcome = { pairMs: [] as number[], sourceMs: [] as number[] };
    let compared = 0;
    const onResult = (result: EventResult) => {
      const done = result.pairs.map((p) => p.entry);
      for (const entry of done) sameOutlets.add(entry);
      compared += done.filter((entry) => entry.status === 'ok').length;
      entries.push(...result.pairs.map((p) => spill.keep(p.entry, p.tables)));
      outcome.pairMs.push(...result.pairs.map((p) => p.ms));
      outcome.sourceMs.push(...result.sourceMs);
      progress.done(done, false);
    };
    await runTasks(tasks, options.jobs, onResult, options.minPairsPerWorker);
    progress.finish();
    markCpu('compared');
    const summary = await finishRun(options, unusable, entries, spill);
    markCpu('written');
    for (const id of summary.sameContent ?? [])
      progressOutput.write(
        `crosscheck batch: warning: ${id}: both sources have the same content: every sentence will agree\n`,
      );
    // Removed only once the new summary and index, which no longer link to them, are written.
    const warn = (line: string) => progressOutput.write(`crosscheck batch: ${line}\n`);
    for (const line of sameOutlets.lines()) warn(line);
    const removed = removeOrphans(options.outDir, orphans, warn);
    if (removed.length > 0)
      warn(`removed ${removed.length} report(s) of pairs no longer in the batch: ${removed.join(', ')}`);
    return { summary, compared, skipped, ...outcome };
  } finally {
    spill.close();
  }
}
