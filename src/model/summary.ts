import type { CappedCount, OmissionCap } from './capped.js';
import type { FindingKind } from './finding.js';

/** A label substitution between the two sides of a pair: side a says `a` where side b says `b`. */
export interface LabelCount {
  a: string;
  b: string;
  count: number;
}

/** A finding worth naming in the index or a gate message, without its spans. */
export interface FindingBrief {
  id: string;
  kind: FindingKind;
  explanation: string;
}

/** One pair of a batch, as `summary.json` records it. */
export interface PairEntry {
  /** `<event>/<a>--<b>`, the report's `pair.id`. */
  id: string;
  event: string;
  /** Source ids (file names without extension), a before b by file name. */
  a: string;
  b: string;
  /** Outlet names from the front matter (the file name when there is none). */
  outlets: { a: string; b: string };
  /** Freshness key: both sources' hashes, the tool version and the formats, hashed. */
  key: string;
  status: 'ok' | 'error';
  /** One line saying what went wrong, when `status` is `error`. */
  error?: string;
  /** Files written for the pair, relative to the output folder, in format order. */
  files: string[];
  /**
   * Per file of `files`, the first 16 hex digits of the sha256 of what was written: a later run
   * removes a report of a pair no longer in the batch only while it still holds these bytes.
   */
  hashes?: string[];
  /** Findings the reports show (confidence ≥ `CONFIDENT`), by kind: what the index and the gate count. */
  counts: Record<FindingKind, number>;
  /** Every finding the JSON report holds, shown or hidden, by kind. */
  all: Record<FindingKind, number>;
  /** Framing label substitutions of the shown findings, counted. */
  labels: LabelCount[];
  /** Up to three shown findings of each kind but agreement, by report order (salience). */
  top: FindingBrief[];
  /**
   * Present when a capped rule left candidates out of the report (its `capped`): how many, by
   * kind. `counts.omission` at the cap measures the cap, not the pair (user trial 6, item 2).
   */
  capped?: CappedTotals;
  /** Present (true) when both sources have the same article text: every sentence agrees (user trial 6, item 7). */
  sameContent?: true;
  /**
   * Present when the pair failed because its sources could not be read or analysed (binary, not
   * UTF-8, empty…): each bad side, one or both, as `<event folder>/<file name>` with its error, so
   * the failure is reported once per source, not once per pair (user trial 7, item 6).
   */
  failedSources?: FailedSide[];
}

/** A side of a pair that could not be read: its `<event folder>/<file name>` and its error. */
export interface FailedSide {
  path: string;
  reason: string;
}

/** A source no pair of which was compared: its `<event>/<file name>`, the error, and the pairs it failed. */
export interface FailedSource extends FailedSide {
  pairs: number;
}

/** Candidates the capped rules left out, by kind. */
export type CappedTotals = Partial<Record<CappedCount['kind'], number>>;

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
  /** The corpus path as given. */
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
   * What the CLI exits with: 2 when a source could not be read (an input error), else 1 when the
   * gate tripped or a pair failed, else 0.
   */
  exitCode: 0 | 1 | 2;
}

/**
 * A summary whose pairs are read one at a time, in summary order, each time they are iterated:
 * a large batch keeps its entries on disk until `summary.json` and `index.html` are written
 * (batch/spill.ts). A `BatchSummary` is one (an array can be iterated again).
 */
export type StreamedSummary = Omit<BatchSummary, 'pairs'> & { pairs: Iterable<PairEntry> };
