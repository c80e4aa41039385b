import type { FindingKind } from '../model/finding.js';
import { countByKind } from '../model/finding.js';
import type { BatchSummary, CappedTotals, CorpusInput, PairEntry } from '../model/summary.js';
import { VERSION } from '../version.js';
import { byCodeUnit } from './event-sources.js';
import { evaluateGate } from './gate.js';
import { outletMatrix } from './outlets.js';
import type { SkippedPath } from './plan.js';
import type { Shard } from './shard.js';

/** What a summary is built from besides its entries. */
export interface SummaryOptions {
  formats: string[];
  gate: FindingKind[];
  /** Whether the gate counts hidden findings too (`--gate-hidden`). */
  gateHidden?: boolean;
  shard?: Shard;
  corpus?: CorpusInput;
  /** Paths the plan passed over (files that are no source, events with one source). */
  skipped?: SkippedPath[];
}

/** Pair order in every output: event, then a, then b, by code unit; `merge` restores it from ids alone. */
export function sortEntries(entries: PairEntry[]): PairEntry[] {
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
  const [findings, all] = [countByKind([]), countByKind([])];
  for (const entry of pairs) {
    for (const kind of Object.keys(findings) as FindingKind[]) {
      findings[kind] += entry.counts[kind];
      all[kind] += entry.all[kind];
    }
  }
  const capped = sumCapped(pairs);
  const sameContent = pairs.filter((e) => e.sameContent).map((e) => e.id);
  const failed = pairs.filter((e) => e.status !== 'ok').length;
  const gate = evaluateGate(pairs, options.gate, options.gateHidden ?? false);
  return {
    schemaVersion: 1,
    generator: { name: 'crosscheck', version: VERSION },
    formats: options.formats,
    ...(options.corpus ? { corpus: options.corpus } : {}),
    ...(options.skipped?.length ? { skipped: options.skipped } : {}),
    ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
    totals: {
      events: new Set(pairs.map((e) => e.event)).size,
      pairs: pairs.length,
      ok: pairs.length - failed,
      failed,
      findings,
      all,
      ...(capped ? { capped } : {}),
    },
    ...(sameContent.length > 0 ? { sameContent } : {}),
    pairs,
    outlets: outletMatrix(pairs),
    gate,
    exitCode: failed > 0 || gate.tripped ? 1 : 0,
  };
}

/** The candidates the capped rules left out over all pairs, by kind; undefined when none were. */
function sumCapped(pairs: PairEntry[]): CappedTotals | undefined {
  const totals: CappedTotals = {};
  for (const entry of pairs)
    for (const kind of ['agreement', 'omission'] as const)
      if (entry.capped?.[kind]) totals[kind] = (totals[kind] ?? 0) + (entry.capped[kind] ?? 0);
  return Object.keys(totals).length > 0 ? totals : undefined;
}
