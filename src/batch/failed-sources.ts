import type { FailedSource, PairEntry } from '../model/summary.js';
import { byCodeUnit } from '../text/by-code-unit.js';

// A source that cannot be read fails every pair it is in. The batch names it once, with its
// error and the number of pairs it kept from being compared (user trial 7, item 6), instead of
// one identical line per pair. A pair of two bad sources counts for both (review of fixux8, item 1).

/** Gathers the failed sources of entries as they stream past; `list()` gives them sorted by path. */
export function failedSourceTally() {
  const byPath = new Map<string, FailedSource>();
  return {
    add(entry: PairEntry): void {
      if (entry.status === 'ok') return;
      for (const { path, reason } of entry.failedSources ?? []) {
        const known = byPath.get(path);
        if (known) known.pairs += 1;
        else byPath.set(path, { path, reason, pairs: 1 });
      }
    },
    list: (): FailedSource[] => [...byPath.values()].sort((x, y) => byCodeUnit(x.path, y.path)),
  };
}
