import type { QuantityClaim } from '../../../model/claim.js';
import type { Fact } from './fact.js';
import { type IntervalRelation, relate } from './interval.js';

// Inputs: two facts of a candidate pair. How their values relate when one is a share read from
// "N in M" (extract/quantity-share) and the other a printed percentage, and when two odds state
// different directions (user trial 11; review of odds10, 3 and 5). Every test here is symmetric
// in its two facts, so comparing b with a mirrors comparing a with b.

/** A share stored from "N in M": its value is N/M in percent at four decimals. */
const isShare = (q: QuantityClaim): boolean => q.ruleId === 'extract/quantity-share';

/**
 * Half a unit of the last digit a percentage prints, widened to a whole unit: "67 percent" may
 * be 2 in 3 rounded (66.67) or cut (a poll's 66.8 printed "66"), "0.4 percent" 1 in 250.
 */
function printedUnit(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}

/**
 * How a share and a printed percentage relate: the same within a unit of the printed figure's
 * last digit; otherwise unknown, not disjoint, because "two in three" is itself often a rounded
 * way to say 64 percent, so a share and a percentage are never a divergence. Undefined when the
 * pair is not a share and a percentage, both exact.
 */
function shareAndPercent(x: QuantityClaim, y: QuantityClaim): IntervalRelation | undefined {
  if (x.subtype !== 'percent' || y.subtype !== 'percent' || isShare(x) === isShare(y)) return undefined;
  if (x.precision !== 'exact' || y.precision !== 'exact') return undefined;
  if (x.value === undefined || y.value === undefined) return undefined;
  const printed = isShare(x) ? y.value : x.value;
  return Math.abs(x.value - y.value) <= printedUnit(printed) ? 'same' : 'unknown';
}

/**
 * How the values of two facts relate: as their intervals do (interval.ts `relate`), except a
 * share against a printed percentage (`shareAndPercent`). Two shares compare exactly: "1 in
 * 1,000" and "1 in 250" are different risks however small both are.
 */
export function relateFacts(x: Fact, y: Fact): IntervalRelation {
  if (x.claim.kind === 'quantity' && y.claim.kind === 'quantity') {
    const shared = shareAndPercent(x.claim, y.claim);
    if (shared) return shared;
  }
  return relate(x.interval, y.interval);
}

/** Odds compare only with odds of the same stated direction: "3-to-1 against" is not bare "3-to-1 odds". */
export function sameOddsDirection(x: QuantityClaim, y: QuantityClaim): boolean {
  return x.odds?.direction === y.odds?.direction;
}

/**
 * The split a share or odds states, for `onePerSplit`: "1 in 3" and "2 in 3" of one noun are one
 * split of a whole seen from its two sides; undefined for any other figure and for ranges.
 */
function splitOf(q: QuantityClaim): string | undefined {
  if (q.value === undefined || q.precision !== 'exact') return undefined;
  if (q.subtype === 'odds') return `odds|${q.value}|${q.odds?.direction}|${q.noun}`;
  return isShare(q) ? `share|${Math.min(q.value, 100 - q.value).toFixed(4)}|${q.noun}` : undefined;
}

/** Where a pair of claims stands in its two articles, the same whichever side is a: first the earlier pair. */
const place = (x: QuantityClaim, y: QuantityClaim): number[] => [
  x.start + y.start,
  Math.min(x.start, y.start),
  Math.max(x.start, y.start),
];

/**
 * One agreement per split of a whole in a pair: an article that restates its "1-in-3 chance" in
 * the headline, the lead and a quotation, or gives its other side ("a 2-in-3 chance" of winning),
 * says one figure, and agreeing on it again tells the reader nothing new. Kept: the pair that
 * stands first in both articles (smallest sum of positions), a choice that does not depend on
 * which article is a (the mirror law); pairs tied on every position are all kept.
 */
export function onePerSplit<P>(pairs: P[], claims: (p: P) => [QuantityClaim, QuantityClaim]): P[] {
  const first = new Map<string, number[]>();
  const keyOf = (p: P) => {
    const [a, b] = claims(p);
    const [sa, sb] = [splitOf(a), splitOf(b)];
    return sa !== undefined && sa === sb ? sa : undefined;
  };
  const earlier = (x: number[], y: number[]) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  for (const p of pairs) {
    const key = keyOf(p);
    if (key === undefined) continue;
    const at = place(...claims(p));
    const best = first.get(key);
    if (!best || earlier(at, best) < 0) first.set(key, at);
  }
  return pairs.filter((p) => {
    const key = keyOf(p);
    return key === undefined || earlier(place(...claims(p)), first.get(key) as number[]) === 0;
  });
}
