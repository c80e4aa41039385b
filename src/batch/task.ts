import { basename, join } from 'node:path';
import { isWriteError, UserError, type UserErrorCode } from '../errors.js';
import { writeAllAtomic } from '../io/write-atomic.js';
import type { AnalyzedSource } from '../model/analyzed-source.js';
import type { Report } from '../model/report.js';
import type { FailedSide, PairEntry } from '../model/summary.js';
import { compareSources, type OmissionCap } from '../pipeline.js';
import { assertReport } from '../report/check.js';
import { analyzeCached } from '../store/claims-cache.js';
import { requireBody } from '../store/require-body.js';
import { listingTabler } from '../tables/pair-tables.js';
import { errorEntry, errorLine, okEntry } from './entry.js';
import { type Format, RENDERERS, reportFileOf } from './formats.js';
import { appendJournal } from './journal.js';
import { reportHash } from './orphan-removal.js';
import type { PlannedPair, PlannedSource } from './plan.js';

/** The work of one event, run in a worker: extract its sources once, then compare its pairs. */
export interface EventTask {
  event: string;
  pairs: (PlannedPair & { key: string })[];
  claimsDir: string;
  outDir: string;
  formats: Format[];
  /** Omissions kept per omitting side (`--omission-cap`); absent: the default. */
  omissionCap?: OmissionCap;
  /** Where each finished pair's entry is appended, so a killed run can resume. */
  journal: string;
  /** Whether each pair with a JSON report returns its pieces of the analysis files (BatchOptions.tables). */
  tables?: boolean;
}

/** A pair's entry and the milliseconds its comparison and rendering took (not recorded in outputs). */
export interface PairOutcome {
  entry: PairEntry;
  ms: number;
  /**
   * Its pieces of the analysis files (pair-tables.ts), when it wrote a JSON report: as the line the
   * spill parks, serialised here in the worker, not on the main thread (spill.ts `keep`).
   */
  tables?: string;
}

/** A pair's entry, and its JSON report as written when it has one. */
type Compared = { entry: PairEntry; json?: string };

/** What one event task returns. */
export interface EventResult {
  event: string;
  pairs: PairOutcome[];
  /** Milliseconds per source analyzed (extracted or read back from `claims/`). */
  sourceMs: number[];
}

/**
 * A source analysed, or its error; `failed` (its `<event folder>/<file name>` and reason) only when
 * the user's file is at fault (a `UserError`): that is what makes a batch exit 2.
 */
type Analyzed = { source: AnalyzedSource } | { error: string; failed?: FailedSide };

/** How summary.json names a source that failed: `<event folder>/<file name>`, one spelling for every failure. */
const failedName = (task: EventTask, path: string): string => `${task.event}/${basename(path)}`;

function analyzeAll(task: EventTask, sourceMs: number[]): Map<string, Analyzed> {
  const sources = new Map<string, PlannedSource>();
  for (const pair of task.pairs) for (const s of [pair.a, pair.b]) sources.set(s.path, s);
  const analyzed = new Map<string, Analyzed>();
  for (const [path, source] of sources) {
    const started = performance.now();
    try {
      analyzed.set(path, { source: requireBody(analyzeCached(path, task.claimsDir).source) });
    } catch (error) {
      if (isWriteError(error)) throw error;
      const named = failedName(task, path);
      // The reason names the file relative to the input folder, so the same inputs under another
      // folder or machine give the same summary.json (review of fixux8, item 7).
      const reason = errorLine(error).split(path).join(named);
      // A crash of crosscheck's own (a TypeError in a stage, a broken invariant) is not the user's
      // input: its pairs fail as a compare-time crash does, exit 1 (review of tidy10, item 1).
      const entry =
        error instanceof UserError
          ? { error: `source ${source.id}: ${reason}`, failed: { path: named, reason } }
          : { error: `source ${source.id}: crosscheck failed while analysing it: ${reason}` };
      analyzed.set(path, entry);
    }
    sourceMs.push(performance.now() - started);
  }
  return analyzed;
}

/** The sides the user's input failed, or undefined when every bad side crashed inside crosscheck. */
function failedOf(bad: { failed?: FailedSide }[]): FailedSide[] | undefined {
  const failed = bad.flatMap((side) => (side.failed === undefined ? [] : [side.failed]));
  return failed.length > 0 ? failed : undefined;
}

function comparePair(task: EventTask, pair: EventTask['pairs'][number], a: Analyzed, b: Analyzed): Compared {
  // Both sides are recorded when both are bad, so each is named (review of fixux8, item 1).
  if ('error' in a || 'error' in b) {
    const bad = [a, b].filter((side): side is Exclude<Analyzed, { source: unknown }> => 'error' in side);
    return {
      entry: errorEntry(pair, pair.key, bad.map((side) => side.error).join('; '), undefined, failedOf(bad)),
    };
  }
  const outlets = { a: a.source.meta.outlet, b: b.source.meta.outlet };
  try {
    const report = compareSources(a.source, b.source, { event: task.event, omissionCap: task.omissionCap });
    assertReport(report);
    const files = task.formats.map((format) => reportFileOf(pair.id, format));
    const contents = task.formats.map((format) => RENDERERS[format](report));
    // Render every format, write all to temporary files, then rename: no pair is left half-written.
    writeAllAtomic(files.map((file, i) => ({ path: join(task.outDir, file), text: contents[i] })));
    const entry = okEntry(pair, report, pair.key, files, contents.map(reportHash));
    const json = task.formats.indexOf('json');
    return json < 0 ? { entry } : { entry, json: contents[json] };
  } catch (error) {
    // A file that cannot be written (full disk, lost folder) stops the batch; other errors fail the pair.
    if (isWriteError(error)) throw error;
    return { entry: errorEntry(pair, pair.key, errorLine(error), outlets) };
  }
}

/**
 * Runs one event: analyzes each source it needs once (reusing fresh claims files), compares
 * its pairs, writes every pair's files atomically, and journals each entry once its files exist.
 */
export function runEventTask(task: EventTask): EventResult {
  const sourceMs: number[] = [];
  const analyzed = analyzeAll(task, sourceMs);
  // Each source listed in the first pair of the task that holds it: the task's pairs come in
  // summary order (plan.ts: sources by id, pairs a < b), the pair tables/write.ts would take it from.
  const tabled = listingTabler();
  const pairs = task.pairs.map((pair): PairOutcome => {
    const started = performance.now();
    // A source missing here is crosscheck's own fault, not the user's file: no `failed`, exit 1.
    const side = (path: string): Analyzed =>
      analyzed.get(path) ?? { error: `${failedName(task, path)} was not analyzed` };
    const { entry, json } = comparePair(task, pair, side(pair.a.path), side(pair.b.path));
    const ms = performance.now() - started;
    appendJournal(task.journal, entry);
    // Built from the JSON as written, as they would be from the file read back; outside
    // comparePair, so a fault here is crosscheck's and fails the task, not the pair it wrote.
    const tables =
      task.tables && json !== undefined ? JSON.stringify(tabled(JSON.parse(json) as Report)) : undefined;
    return tables ? { entry, ms, tables } : { entry, ms };
  });
  return { event: task.event, pairs, sourceMs };
}

/** A write error as it crosses from a worker thread: a thrown UserError would arrive untyped. */
export interface WriteFailure {
  writeError: { code: UserErrorCode; message: string; fix: string; path?: string };
}

/**
 * The worker's entry: runEventTask, but a write error comes back as data, because structured
 * cloning keeps an error's message and drops its class, code and fix (issue 12).
 */
export function runEventTaskInWorker(task: EventTask): EventResult | WriteFailure {
  try {
    return runEventTask(task);
  } catch (error) {
    if (!isWriteError(error)) throw error;
    return { writeError: { code: error.code, message: error.message, fix: error.fix, path: error.path } };
  }
}
