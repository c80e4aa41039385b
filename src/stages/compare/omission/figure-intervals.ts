import type { QuantityClaim } from '../../../model/claim.js';

// Inputs: a figure of one article and the figures of the other. Whether the other gives the same
// figure in another form: "more than $700 billion" against "$716 billion", "hundreds of
// thousands" against "700,000" (issue 10: a vaguer counterpart is a refinement, not an omission).
// Compared by the values the quantity extractor holds (value, min, max, precision), for the same
// kind of figure and the same counted noun, never by wording.

/** The span of values a figure can mean, and what it measures. */
export interface FigureInterval {
  subtype: QuantityClaim['subtype'];
  noun: string | null;
  low: number;
  high: number;
}

/**
 * How far an open bound reaches: "more than 700" rarely means more than half as much again
 * (1.5×), "about 700" within a fifth either way. Wider would let "more than 100" answer 140 of
 * another thing; narrower would miss "more than $700 billion" against "$716 billion".
 */
const OPEN_REACH = 1.5;
const ABOUT = 1.2;
/** An exact figure is the same figure within 1% (as `mentionsNumber`). */
const EXACT = 0.01;

/** The interval a quantity claim means, or null when it gives no figure (a salvo) or is an ordinal. */
export function figureInterval(q: QuantityClaim): FigureInterval | null {
  if (q.subtype === 'ordinal' || q.subtype === 'duration') return null;
  const at = (low: number, high: number): FigureInterval | null =>
    Number.isFinite(low) && Number.isFinite(high) && low > 0 && low <= high
      ? { subtype: q.subtype, noun: q.noun, low, high }
      : null;
  const v = q.value;
  switch (q.precision) {
    case 'exact':
      return v === undefined ? null : at(v * (1 - EXACT), v * (1 + EXACT));
    case 'approximate':
      return v === undefined ? null : at(v / ABOUT, v * ABOUT);
    case 'lower-bound': {
      const low = q.min ?? v;
      return low === undefined ? null : at(low, q.max ?? low * OPEN_REACH);
    }
    case 'upper-bound': {
      const high = q.max ?? v;
      return high === undefined ? null : at(q.min ?? high / OPEN_REACH, high);
    }
    case 'vague':
      return q.min === undefined || q.max === undefined ? null : at(q.min, q.max);
    default:
      return null;
  }
}

/** Kinds of figure that say what they measure by their unit (as in counterparts.ts); a count says it by its noun. */
const SELF_NAMING = new Set(['money', 'percent']);

/**
 * Whether two figures can be the same figure: the same kind, intervals that overlap, and for
 * counts the same counted noun, named on both sides (a bare "69" is no answer to "dozens of ways").
 */
export function sameFigure(x: FigureInterval, y: FigureInterval): boolean {
  if (x.subtype !== y.subtype) return false;
  if (!SELF_NAMING.has(x.subtype) && (x.noun === null || x.noun !== y.noun)) return false;
  return x.low <= y.high && y.low <= x.high;
}
