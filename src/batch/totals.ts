import { countByKind, type FindingKind } from '../model/finding.js';
import type { CappedTotals, PairEntry } from '../model/summary.js';
import { failedSourceTally } from './failed-sources.js';

// The summary's `totals`, `sameContent` and `failedSources`, gathered in summarize.ts's one pass.

/** The totals of pairs as they stream past, with the sources that failed them. */
export function totalsTally() {
  const [findings, all] = [countByKind([]), countByKind([])];
  const events = new Set<string>();
  let [count, failed] = [0, 0];
  const capped: CappedTotals = {};
  const sameContent: string[] = [];
  const failedSources = failedSourceTally();
  return {
    add(entry: PairEntry): void {
      for (const kind of Object.keys(findings) as FindingKind[]) {
        findings[kind] += entry.counts[kind];
        all[kind] += entry.all[kind];
      }
      events.add(entry.event);
      count += 1;
      if (entry.status !== 'ok') failed += 1;
      if (entry.sameContent) sameContent.push(entry.id);
      failedSources.add(entry);
      addCapped(capped, entry);
    },
    result: () => ({
      totals: {
        events: events.size,
        pairs: count,
        ok: count - failed,
        failed,
        findings,
        all,
        ...(Object.keys(capped).length > 0 ? { capped } : {}),
      },
      sameContent,
      failedSources: failedSources.list(),
    }),
  };
}

/** Adds the candidates an entry's capped rules left out to the totals, by kind. */
function addCapped(totals: CappedTotals, entry: PairEntry): void {
  for (const kind of ['agreement', 'omission'] as const)
    if (entry.capped?.[kind]) totals[kind] = (totals[kind] ?? 0) + (entry.capped[kind] ?? 0);
}
