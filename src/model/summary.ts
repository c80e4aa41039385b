import type { OmissionCap } from './capped.js';
import type { FindingKind } from './finding.js';
import type { CappedTotals, FailedSource, LabelCount, PairEntry } from './pair-entry.js';

// Every module that reads a summary imports the pair entry's types from here too.
export type {
  CappedTotals,
  FailedSide,
  FailedSource,
  FindingBrief,
  LabelCount,
  PairEntry,
} from './pair-entry.js';

/** What the outlet × outlet table holds for one ordered pair of outlets, across all events. */
export interface OutletCell {
  /** The row outlet. */
  a: string;
  /** The column outlet. */
  b: string;
  /** Labels the row outlet uses where the column outlet uses another, most frequent first. */
  labels: LabelCount[];
  divergences: number;
  pairs: number;
}

/** The result of a `--fail-on` gate. */
export interface GateResult {
  kinds: FindingKind[];
  /** Whether it counts the findings hidden below `CONFIDENT` too (`--gate-hidden`); else only shown ones. */
  hidden: boolean;
  tripped: boolean;
  /** Every compared pair with findings of a gated kind, in pair order. */
  trips: { pair: string; counts: Partial<Record<FindingKind, number>> }[];
}

/** The corpus a batch was run from (`batch --input`): what was read and what was skipped. */
export interface CorpusInput {
  /** The corpus file's name (not its path: outputs do not depend on where it lies). */
  path: string;
  /** Usable rows, each laid out in its event's folder. */
  rows: number;
  /** Rows skipped as unusable, and the first of them (`line 12: no text`). */
  skipped: number;
  skippedRows: string[];
}

/** `summary.json`: everything the index shows, and the run's verdict. */
export interface BatchSummary {
  schemaVersion: 1;
  generator: { name: 'crosscheck'; version: string };
  formats: string[];
  /**
   * Present when the reports were made with another omission cap than the default 5
   * (`--omission-cap`): the most omissions kept per omitting side, or `'all'` (none cut).
   */
  omissionCap?: OmissionCap;
  /**
   * The name of the input folder (NFC), recorded so that a later run into the same `--out` removes
   * reports only when it reads the same input. Only the name: outputs do not depend on where it lies.
   */
  root?: string;
  /** Present only when the batch read a corpus (`batch --input`). */
  corpus?: CorpusInput;
  /**
   * Present only when the batch passed over paths: files that are no source (a pipe, a link to
   * nothing) and event folders with a single source, each with the reason also printed on stderr.
   */
  skipped?: { path: string; reason: string }[];
  /** Present only in a shard's own output; `merge` drops it. */
  shard?: { index: number; count: number };
  totals: {
    events: number;
    pairs: number;
    ok: number;
    failed: number;
    /** Shown findings by kind. */
    findings: Record<FindingKind, number>;
    /** Every finding by kind, hidden ones included. */
    all: Record<FindingKind, number>;
    /** Present when some pair's capped rules left candidates out: their sum, by kind. */
    capped?: CappedTotals;
  };
  /** Present when some pairs compare two sources with the same article text: their ids (user trial 6, item 7). */
  sameContent?: string[];
  /**
   * Present when sources could not be read or analysed: each once, with its error and how many
   * pairs it kept from being compared (counted in `totals.failed`, never in `totals.ok`).
   */
  failedSources?: FailedSource[];
  pairs: PairEntry[];
  outlets: OutletCell[];
  gate: GateResult;
  /**
   * What the CLI exits with: 2 when a source could not be read (an input error), even when the
   * gate also tripped (then `gate.tripped` says so); else 1 when the gate tripped or a pair failed
   * inside crosscheck (while compared, or while its source was analysed); else 0.
   */
  exitCode: 0 | 1 | 2;
}

/**
 * A summary whose pairs are read one at a time, in summary order, each time they are iterated:
 * a large batch keeps its entries on disk until `summary.json` and `index.html` are written
 * (batch/spill.ts). A `BatchSummary` is one (an array can be iterated again).
 */
export type StreamedSummary = Omit<BatchSummary, 'pairs'> & { pairs: Iterable<PairEntry> };
