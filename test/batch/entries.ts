import { zeroCounts } from '../../src/batch/entry.js';
import type { FindingKind } from '../../src/model/finding.js';
import type { LabelCount, PairEntry } from '../../src/model/summary.js';

/** A pair entry for unit tests. */
export function entry(
  id: string,
  outlets: [string, string],
  counts: Partial<Record<FindingKind, number>> = {},
  labels: LabelCount[] = [],
  status: 'ok' | 'error' = 'ok',
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
    counts: { ...zeroCounts(), ...counts },
    labels,
    top: [],
  };
}
