import type { DateClaim, QuantityClaim } from '../../../model/claim.js';

/** A closed numeric interval; `unknown` marks an unspecified count ("a salvo of rockets"). */
export type Interval = { min: number; max: number } | 'unknown';

/** How two intervals relate, from the comparer's point of view. */
export type IntervalRelation = 'same' | 'overlap' | 'a-inside-b' | 'b-inside-a' | 'disjoint' | 'unknown';

/** Relates two intervals: equal, nested, overlapping, disjoint, or not comparable. */
export function relate(x: Interval, y: Interval): IntervalRelation {
  if (x === 'unknown' || y === 'unknown') return 'unknown';
  if (x.min === y.min && x.max === y.max) return 'same';
  if (x.max < y.min || y.max < x.min) return 'disjoint';
  if (y.min <= x.min && x.max <= y.max) return 'a-inside-b';
  if (x.min <= y.min && y.max <= x.max) return 'b-inside-a';
  return 'overlap';
}

/** The interval a quantity claim states; open bounds run to ±Infinity. */
export function intervalOf(q: QuantityClaim): Interval {
  if (q.precision === 'unspecified') return 'unknown';
  if (q.value !== undefined && q.precision === 'exact') return { min: q.value, max: q.value };
  const min = q.min ?? (q.precision === 'upper-bound' ? 0 : q.value);
  const max = q.max ?? (q.precision === 'lower-bound' ? Number.POSITIVE_INFINITY : q.value);
  if (min === undefined || max === undefined) return 'unknown';
  return { min, max };
}

/** Values that can both be true: any relation but disjoint. */
export const compatible = (r: IntervalRelation): boolean => r !== 'disjoint';

/** Milliseconds in a day: dates are compared as days since the epoch. */
export const DAY_MS = 86_400_000;

/** A date's interval in days since the epoch. */
export function daysOf(d: DateClaim): Interval {
  if (!d.interval) return 'unknown';
  return { min: Date.parse(d.interval.start) / DAY_MS, max: Date.parse(d.interval.end) / DAY_MS };
}
