import { type MeasureUnit, measureUnit } from '../../../lexicons/measure-units.js';
import type { DateClaim, QuantityClaim } from '../../../model/claim.js';
import { statedNumber } from './quantity-precision.js';

// Inputs: quantity and date claims. The values each states as an interval (intervalOf, daysOf:
// what the fact rules relate), and the values a figure can mean (figureInterval: what the
// omission rule asks of the other article's figures). The one home of both.

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

/**
 * The interval a quantity claim states; open bounds run to ±Infinity. A duration's in days, so
 * that "48-hour" and "two-day" are one length and "two-year" and "two-month" are not (the figures
 * as written, 48 / 2 and 2 / 2, said the opposite).
 */
export function intervalOf(q: QuantityClaim): Interval {
  if (q.precision === 'unspecified') return 'unknown';
  const scale = durationScale(q);
  // Only a converted duration is rounded: any other figure keeps its value as stated.
  const at = (v: number) =>
    scale === 1 || !Number.isFinite(v) ? v : Math.round(v * scale * MINUTES) / MINUTES;
  if (q.value !== undefined && q.precision === 'exact') return { min: at(q.value), max: at(q.value) };
  const min = q.min ?? (q.precision === 'upper-bound' ? 0 : q.value);
  const max = q.max ?? (q.precision === 'lower-bound' ? Number.POSITIVE_INFINITY : q.value);
  if (min === undefined || max === undefined) return 'unknown';
  return { min: at(min), max: at(max) };
}

/**
 * Minutes in a day: a duration's days are kept to the minute, since the lexicon's day lengths are
 * decimals (an hour is 0.0416666666667 days, so 72 hours come to 3.0000000000024 days, not three).
 */
const MINUTES = 1440;

/**
 * What turns a duration's figures into days (the unit's length: its days over the number it
 * states, "more than two months" 60.875 / 2), and 1 for any other quantity. A range of durations
 * carries no days, and is compared as written.
 */
function durationScale(q: QuantityClaim): number {
  if (q.subtype !== 'duration' || q.durationDays === undefined) return 1;
  const stated = statedNumber(q);
  return stated ? q.durationDays / stated : 1;
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

// What a figure can mean, for the omission rule (omission/mentions.ts, anchors.ts): whether the
// other article gives the same figure in another form: "more than $40 million" against "$43
// million", "hundreds of thousands" against "700,000" (issue 10: a vaguer counterpart is a
// refinement, not an omission).
// Compared by the values the quantity extractor holds (value, min, max, precision), for the same
// kind of figure and the same counted noun, never by wording.

/** The span of values a figure can mean, and what it measures. */
export interface FigureInterval {
  subtype: QuantityClaim['subtype'];
  noun: string | null;
  low: number;
  high: number;
  /** For a figure in a unit of measure-units.yaml: the unit, its dimension, size and tolerance. */
  unit?: MeasureUnit;
}

/**
 * How far an open bound reaches: "more than 700" rarely means more than half as much again
 * (1.5×), "about 700" within a fifth either way. Wider would let "more than 100" answer 140 of
 * another thing; narrower would miss "more than $40 million" against "$43 million".
 */
export const OPEN_REACH = 1.5;
const ABOUT = 1.2;
/** An exact figure is the same figure within 1% (as `mentionsNumber`). */
const EXACT = 0.01;

/** The interval a quantity claim means, or null when it gives no figure (a salvo) or is an ordinal. */
export function figureInterval(q: QuantityClaim): FigureInterval | null {
  if (q.subtype === 'ordinal' || q.subtype === 'duration') return null;
  const unit = unitOf(q);
  const at = (low: number, high: number): FigureInterval | null =>
    Number.isFinite(low) && Number.isFinite(high) && low > 0 && low <= high
      ? { subtype: q.subtype, noun: q.noun, low, high, ...(unit ? { unit } : {}) }
      : null;
  const v = q.value;
  switch (q.precision) {
    case 'exact':
      return v === undefined ? null : at(v * (1 - EXACT), v * (1 + EXACT));
    case 'approximate':
      // "about 300" is held as its bounds (270..330), a range as its ends ("8,000 to 10,000"):
      // the values it can mean are those bounds; a value alone, a fifth either way.
      if (v === undefined) return q.min === undefined || q.max === undefined ? null : at(q.min, q.max);
      return at(v / ABOUT, v * ABOUT);
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

/**
 * Kinds of figure that say what they measure by their unit: a sum of money beside a sum of money
 * may be the same figure; two counts (18 months, 2 bills) may count anything, so a count says it
 * by its noun.
 */
export const SELF_NAMING: ReadonlySet<string> = new Set(['money', 'percent']);

/**
 * Whether two figures can be the same figure: the same kind, intervals that overlap, and for
 * counts the same counted noun, named on both sides (a bare "69" is no answer to "dozens of ways").
 */
export function sameFigure(x: FigureInterval, y: FigureInterval): boolean {
  if (x.subtype !== y.subtype) return false;
  // One dimension in two units ("40 km" / "25 miles"): compared in the base unit, within the
  // tolerance a writer's rounding of a conversion needs.
  if (x.unit && y.unit && x.noun !== y.noun) {
    if (x.unit.dimension !== y.unit.dimension) return false;
    const tol = Math.max(x.unit.tolerance, y.unit.tolerance);
    const [xl, xh] = [x.low * x.unit.factor * (1 - tol), x.high * x.unit.factor * (1 + tol)];
    const [yl, yh] = [y.low * y.unit.factor * (1 - tol), y.high * y.unit.factor * (1 + tol)];
    return xl <= yh && yl <= xh;
  }
  if (!SELF_NAMING.has(x.subtype) && (x.noun === null || x.noun !== y.noun)) return false;
  return x.low <= y.high && y.low <= x.high;
}

/**
 * The unit of measure-units.yaml a figure is given in: not money ("pounds"), not an area written
 * as a length's square ("200 square miles", which the lexicon does not hold).
 */
export function unitOf(q: QuantityClaim): MeasureUnit | undefined {
  if (q.subtype === 'money' || /\bsq(?:uare|\.)?\s/iu.test(q.text)) return undefined;
  return measureUnit(q.noun);
}

/**
 * How two figures of one dimension in two units relate ("40 km" / "25 miles", "5.5 metres" / "18
 * feet"), compared in the base unit. A writer who converts rounds: each figure stands for the
 * values that round to it (half its last digit: "3 miles" 2.5 to 3.5, "5.5" 5.45 to 5.55) and at
 * least the unit's tolerance either way (3 %). Two exact figures whose spans meet are the same
 * figure, else apart; other figures relate by their widened intervals. Undefined when they are not
 * two units of one dimension.
 */
export function unitRelation(x: QuantityClaim, y: QuantityClaim): IntervalRelation | undefined {
  if (x.noun === y.noun) return undefined;
  const [ux, uy] = [unitOf(x), unitOf(y)];
  if (!ux || !uy || ux.dimension !== uy.dimension) return undefined;
  const [ix, iy] = [intervalOf(x), intervalOf(y)];
  if (ix === 'unknown' || iy === 'unknown') return 'unknown';
  const tol = Math.max(ux.tolerance, uy.tolerance);
  const [bx, by] = [rounded(x, ix, ux.factor, tol), rounded(y, iy, uy.factor, tol)];
  const exact = ix.min === ix.max && iy.min === iy.max;
  if (exact) return bx.min <= by.max && by.min <= bx.max ? 'same' : 'disjoint';
  return relate(bx, by);
}

/** The decimals a figure is written with ("5.5 metres": 1), from its text. */
const decimalsOf = (q: QuantityClaim): number => q.text.match(/\d\.(\d+)/u)?.[1].length ?? 0;

/** An interval in the base unit, each end widened by half the figure's last digit or by `tol`, whichever is more. */
function rounded(q: QuantityClaim, i: { min: number; max: number }, factor: number, tol: number) {
  const half = 0.5 * 10 ** -decimalsOf(q);
  const widen = (v: number) => Math.max(half, Math.abs(v) * tol);
  return { min: (i.min - widen(i.min)) * factor, max: (i.max + widen(i.max)) * factor };
}
