import type { CappedCount } from './capped.js';
import type { FindingKind } from './finding.js';

// One pair of a batch as `summary.json` records it, and the pieces of it (summary.ts holds the
// summary around them and re-exports these).

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
  /** Freshness key: both sources' hashes, the tool version, the formats and the omission cap when not the default (batch/key.ts), hashed. */
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
   * Present when the pair has hidden findings (below `CONFIDENT`) of a kind but agreement: up to
   * three of each, by report order, which `--gate-hidden`'s lines name (user trial 21, item 11).
   */
  topHidden?: FindingBrief[];
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
