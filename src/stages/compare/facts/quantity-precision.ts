import type { QuantityClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import type { FactPair } from './fact-pairs.js';

// Inputs: two figures of the same fact (a fact pair of the matching step). How precisely each
// states the figure: which side is finer inside the other's range, and when two figures are one
// figure hedged on one side. The quantity refinement rule (quantity.ts) reads these.

/** The two quantity claims of a fact pair of figures. */
export const asQuantity = (p: FactPair) => [p.a.claim, p.b.claim] as [QuantityClaim, QuantityClaim];

/** How precisely a figure is stated: an exact figure, about one, a bound, a vague range, no number. */
const PRECISION_RANK: Record<QuantityClaim['precision'], number> = {
  exact: 4,
  approximate: 3,
  'lower-bound': 2,
  'upper-bound': 2,
  vague: 1,
  unspecified: 0,
};

const OPEN = new Set<QuantityClaim['precision']>(['lower-bound', 'upper-bound']);

/** The figure a quantity names: its value, or the middle of an approximate one ("about 700,000"). */
function nominal(q: QuantityClaim): number | undefined {
  if (q.value !== undefined) return q.value;
  if (q.precision !== 'approximate' || q.min === undefined || q.max === undefined) return undefined;
  return (q.min + q.max) / 2;
}

/**
 * "An estimated 4,200" and "4,200", "roughly 18 percent" and "18 percent": one figure, hedged
 * on one side. A reader learns nothing more precise from the other (a routine wording variant),
 * so it is no refinement.
 */
export function sameFigureHedged(a: QuantityClaim, b: QuantityClaim): boolean {
  const [x, y] = [nominal(a), nominal(b)];
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
}

/** The number a figure is written with: its value, the number its qualifier bounds ("more than 70"), or the middle of an approximate one ("about 3,000"). */
export function statedNumber(q: QuantityClaim): number | undefined {
  if (q.value !== undefined) return q.value;
  if (q.precision === 'lower-bound') return q.min;
  if (q.precision === 'upper-bound') return q.max;
  return nominal(q);
}

/** A floor or a ceiling ("more than 300", "nearly 40 percent", "up to 60 mph"). */
export const isOpenBound = (q: QuantityClaim): boolean => OPEN.has(q.precision);

/** Two bounds open the same way: two floors ("more than 1,000" / "more than 1,200") or two ceilings. */
export const sameOpenBound = (a: QuantityClaim, b: QuantityClaim): boolean =>
  a.precision === b.precision && OPEN.has(a.precision);

/** An exact count above the other side's floor ("Twenty-three" against "at least 20"). */
function countPastFloor(x: QuantityClaim, floor: QuantityClaim): boolean {
  return (
    x.precision === 'exact' &&
    floor.precision === 'lower-bound' &&
    x.value !== undefined &&
    floor.min !== undefined &&
    x.value > floor.min
  );
}

/**
 * The side that states the figure more precisely, inside the other's range: "700,000" or
 * "about 700,000" inside "hundreds of thousands", "20 rockets" for "a salvo of rockets".
 */
export function finerSide(p: FactPair): Side | null {
  const [a, b] = asQuantity(p);
  // An open bound ("up to 2.5 million", "more than 300") is the outlet's own estimate: a figure
  // inside it from the other outlet is another estimate, not more precision ("1.5 million women" /
  // "up to 1.6 million women", judged WRONG on dev pairs). But a floor the other side's exact count
  // passes is what a count grown more precise reads like: "at least 20 vehicles" / "Twenty-three
  // vehicles went into the river" (user trial 22; `countPastFloor`).
  const finer = (x: QuantityClaim, y: QuantityClaim) =>
    PRECISION_RANK[x.precision] > PRECISION_RANK[y.precision] &&
    (!OPEN.has(y.precision) || countPastFloor(x, y));
  if (p.relation === 'unknown') {
    if (a.precision === 'unspecified' && PRECISION_RANK[b.precision] >= 3) return 'b';
    return b.precision === 'unspecified' && PRECISION_RANK[a.precision] >= 3 ? 'a' : null;
  }
  if (p.relation === 'a-inside-b' && finer(a, b)) return 'a';
  if (p.relation === 'b-inside-a' && finer(b, a)) return 'b';
  return null;
}
