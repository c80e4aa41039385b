import type { OmissionCap } from '../model/capped.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, CorpusInput, PairEntry, StreamedSummary } from '../model/summary.js';
import { DEFAULT_OMISSION_CAP } from '../omission-cap.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { VERSION } from '../version.js';
import { gateTally, type NamedPair } from './gate.js';
import { outletTally } from './outlets.js';
import type { SkippedPath } from './plan.js';
import { namedTally } from './report-lines.js';
import type { Shard } from './shard.js';
import { totalsTally } from './totals.js';

/** What a summary is built from besides its entries. */
export interface SummaryOptions {
  formats: string[];
  /** The `--omission-cap` the reports were made with; recorded in the summary unless the default. */
  omissionCap?: OmissionCap;
  /** The input folder's name (orphans.ts recordedRoot), when one run read it. */
  root?: string;
  gate: FindingKind[];
  /** Whether the gate counts hidden findings too (`--gate-hidden`). */
  gateHidden?: boolean;
  shard?: Shard;
  corpus?: CorpusInput;
  /** Paths the plan passed over (files that are no source, events with one source). */
  skipped?: SkippedPath[];
}

/** What orders a pair in every output. */
type PairOrder = Pick<PairEntry, 'event' | 'a' | 'b'>;

/** Pair order in every output: event, then a, then b, by code unit; `merge` restores it from ids alone. */
export function sortEntries<T extends PairOrder>(entries: T[]): T[] {
  return [...entries].sort(
    (x, y) => byCodeUnit(x.event, y.event) || byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b),
  );
}

/**
 * Builds `summary.json` from the pairs' entries. It depends only on the entries and options,
 * never on timing, job count or arrival order, so equal inputs give byte-equal summaries.
 */
export function buildSummary(entries: PairEntry[], options: SummaryOptions): BatchSummary {
  const pairs = sortEntries(entries);
  return { ...summarizeSorted(pairs, options).summary, pairs };
}

/**
 * The summary of pairs given in summary order, and what the CLI's lines quote of them
 * (report-lines.ts namedTally), from one pass over the pairs that keeps none of them: a batch
 * reads them back from disk for each pass (spill.ts).
 */
export function summarizeSorted(
  pairs: Iterable<PairEntry>,
  options: SummaryOptions,
): { summary: StreamedSummary; named: NamedPair[] } {
  const [totals, gate, outlets] = [
    totalsTally(),
    gateTally(options.gate, options.gateHidden ?? false),
    outletTally(),
  ];
  const named = namedTally(options.gate, options.gateHidden ?? false);
  for (const entry of pairs) {
    totals.add(entry);
    named.add(entry, gate.add(entry));
    outlets.add(entry);
  }
  const { totals: sums, sameContent, failedSources } = totals.result();
  const result = gate.result();
  const summary: StreamedSummary = {
    schemaVersion: 1,
    generator: { name: 'crosscheck', version: VERSION },
    formats: options.formats,
    ...recordedOptions(options),
    totals: sums,
    ...(sameContent.length > 0 ? { sameContent } : {}),
    ...(failedSources.length > 0 ? { failedSources } : {}),
    pairs,
    outlets: outlets.list(),
    gate: result,
    exitCode: batchExitCode(failedSources.length > 0, sums.failed > 0 || result.tripped),
  };
  return { summary, named: named.list() };
}

/** What of the options the summary records, each only when set (the cap only when not the default). */
function recordedOptions(options: SummaryOptions): Partial<BatchSummary> {
  return {
    ...(options.omissionCap !== undefined && options.omissionCap !== DEFAULT_OMISSION_CAP
      ? { omissionCap: options.omissionCap }
      : {}),
    ...(options.root !== undefined ? { root: options.root } : {}),
    ...(options.corpus ? { corpus: options.corpus } : {}),
    ...(options.skipped?.length ? { skipped: options.skipped } : {}),
    ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
  };
}

/**
 * A batch's exit code (cli/exit-codes.ts): 2 when a source could not be read, an input error as
 * for `compare` (the gate's verdict then covers only the pairs compared); 1 when the gate tripped
 * or a pair failed while being compared; else 0.
 */
function batchExitCode(unreadable: boolean, failedOrTripped: boolean): BatchSummary['exitCode'] {
  if (unreadable) return 2;
  return failedOrTripped ? 1 : 0;
}
