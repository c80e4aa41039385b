import type { FindingKind } from '../../src/model/finding.js';
import { countByKind } from '../../src/model/finding.js';
import type { LabelCount, PairEntry } from '../../src/model/summary.js';

/** A pair entry for unit tests: `counts` are its shown findings, `hidden` those below the display confidence. */
export function entry(
  id: string,
  outlets: [string, string],
  counts: Partial<Record<FindingKind, number>> = {},
  labels: LabelCount[] = [],
  status: 'ok' | 'error' = 'ok',
  hidden: Partial<Record<FindingKind, number>> = {},
): PairEntry {
  const [event, pair] = id.split('/');
  const [a, b] = pair.split('--');
  return {
    id,
    event,
    a,
    b,
    outlets: { a: outlets[0], b: outlets[1] },
    key: 'k',
    status,
    ...(status === 'error' ? { error: 'source b: it is empty' } : {}),
    files: status === 'ok' ? [`${id}.json`] : [],
    counts: { ...countByKind([]), ...counts },
    all: Object.fromEntries(
      Object.entries({ ...countByKind([]), ...counts }).map(([k, n]) => [
        k,
        n + (hidden[k as FindingKind] ?? 0),
      ]),
    ) as Record<FindingKind, number>,
    labels,
    top: [],
  };
}
