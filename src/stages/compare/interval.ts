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
