import { basename, extname } from 'node:path';
import type { FailedSource, PairEntry } from '../model/summary.js';
import { byCodeUnit } from '../text/by-code-unit.js';

// A source that cannot be read fails every pair it is in. The batch names it once, with its
// error and the number of pairs it kept from being compared (user trial 7, item 6), instead of
// one identical line per pair.

/** The error of a source's pairs without the `source <id>: ` every pair's copy starts with. */
function reasonOf(entry: PairEntry & { failedSource: string }): string {
  const id = basename(entry.failedSource, extname(entry.failedSource));
  const prefix = `source ${id}: `;
  const error = entry.error ?? '';
  return error.startsWith(prefix) ? error.slice(prefix.length) : error;
}

/** Gathers the failed sources of entries as they stream past; `list()` gives them sorted by path. */
export function failedSourceTally() {
  const byPath = new Map<string, FailedSource>();
  return {
    add(entry: PairEntry): void {
      if (entry.status === 'ok' || entry.failedSource === undefined) return;
      const known = byPath.get(entry.failedSource);
      if (known) known.pairs += 1;
      else {
        const path = entry.failedSource;
        byPath.set(path, { path, reason: reasonOf({ ...entry, failedSource: path }), pairs: 1 });
      }
    },
    list: (): FailedSource[] => [...byPath.values()].sort((x, y) => byCodeUnit(x.path, y.path)),
  };
}
