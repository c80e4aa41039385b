import type { QuantityClaim } from '../../../model/claim.js';
import type { Fact } from './fact.js';
import { isShare } from './share-relation.js';

// Inputs: the agreeing pairs of facts of one article pair. Which of them restate one split of a
// whole ("1 in 3" and "2 in 3" of one chance), so that a split stated again agrees once (user
// trial 11; reviews of odds10, 2, and odds11, 3).

/**
 * The split a share or odds states, for `onePerSplit`: "1 in 3" and "2 in 3" of one noun are one
 * split of a whole seen from its two sides; undefined for any other figure and for ranges.
 */
function splitOf(q: QuantityClaim): string | undefined {
  if (q.value === undefined || q.precision !== 'exact') return undefined;
  if (q.subtype === 'odds') return `odds|${q.value}|${q.odds?.direction}|${q.noun}`;
  return isShare(q) ? `share|${Math.min(q.value, 100 - q.value).toFixed(4)}|${q.noun}` : undefined;
}

/** Where a pair of facts stands in its two articles, the same whichever side is a: first the earlier pair. */
const place = (x: Fact, y: Fact): number[] => [
  x.claim.start + y.claim.start,
  Math.min(x.claim.start, y.claim.start),
  Math.max(x.claim.start, y.claim.start),
];

/** Two claims of one side state one thing: their clauses share a word, or neither says more. */
const sameStatement = (x: Fact, y: Fact): boolean =>
  x === y ||
  (x.after.words.size === 0 && y.after.words.size === 0) ||
  [...x.after.words].some((w) => y.after.words.has(w));

/**
 * One agreement per statement of a split in a pair: an article that restates its "1-in-3
 * chance", or gives its other side ("4 in 5 passed" after "1 in 5 failed"), says one figure,
 * and agreeing on it again tells the reader nothing new. A pair is dropped only when a pair of
 * the same split stands earlier in both articles (smallest sum of positions, a choice that does
 * not depend on which article is a) and states the same thing on each side (`sameStatement`):
 * "2 in 5 patients had a fever" and "2 in 5 patients needed oxygen" keep theirs (review of odds11, 3).
 */
export function onePerSplit<P>(pairs: P[], facts: (p: P) => [Fact, Fact]): P[] {
  const keyOf = ([a, b]: [Fact, Fact]) => {
    const [sa, sb] = [splitOf(a.claim as QuantityClaim), splitOf(b.claim as QuantityClaim)];
    return sa !== undefined && sa === sb ? sa : undefined;
  };
  const earlier = (x: number[], y: number[]) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  const keyed = pairs.map((p) => {
    const f = facts(p);
    return { p, key: keyOf(f), at: place(...f), f };
  });
  return keyed
    .filter(
      (x) =>
        x.key === undefined ||
        !keyed.some(
          (y) =>
            y.key === x.key &&
            earlier(y.at, x.at) < 0 &&
            sameStatement(y.f[0], x.f[0]) &&
            sameStatement(y.f[1], x.f[1]),
        ),
    )
    .map((x) => x.p);
}
