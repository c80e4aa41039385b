/** Agreement of two clusterings of the same items: adjusted Rand index and pairwise precision/recall. */
export interface Agreement {
  ari: number;
  precision: number;
  recall: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function counts(labels: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const label of labels) map.set(label, (map.get(label) ?? 0) + 1);
  return map;
}

/**
 * Adjusted Rand index (Hubert & Arabie 1985) of `found` against `truth`, and the precision and
 * recall of the pairs of items put together (a pair is right when the truth also joins it).
 */
export function agreement(truth: string[], found: string[]): Agreement {
  const joint = counts(truth.map((t, i) => `${t}\0${found[i]}`));
  const both = [...joint.values()].reduce((sum, n) => sum + pairs(n), 0);
  const inTruth = [...counts(truth).values()].reduce((sum, n) => sum + pairs(n), 0);
  const inFound = [...counts(found).values()].reduce((sum, n) => sum + pairs(n), 0);
  const expected = (inTruth * inFound) / pairs(truth.length);
  const max = (inTruth + inFound) / 2;
  return {
    ari: max === expected ? 1 : (both - expected) / (max - expected),
    precision: inFound === 0 ? 1 : both / inFound,
    recall: inTruth === 0 ? 1 : both / inTruth,
  };
}
