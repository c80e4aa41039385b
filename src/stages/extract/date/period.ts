import { dateWords, type PeriodPart } from '../../../lexicons/date-words.js';
import type { DatePrecision } from '../../../model/claim.js';
import { type IsoInterval, isoDay, monthInterval, monthsInterval, yearFor } from './calendar.js';
import { type DateContext, digitAt, emitDate, isFree, lowerAt } from './context.js';
import { monthAt, yearAt } from './date-tokens.js';
import { pointsForward } from './tense.js';

/** Quarters a part of a year covers: early = Q1, mid = Q2–Q3, late = Q4. */
const YEAR_PART: Record<PeriodPart, [number, number]> = { early: [1, 3], mid: [4, 9], late: [10, 12] };
/** Days a part of a month covers: thirds of the month. */
const MONTH_PART: Record<PeriodPart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/** What a part phrase selects: a part of a year, or of a month in an optional year. */
interface PeriodTarget {
  last: number;
  month?: number;
  year?: number;
}

/** The period after a part word: "2017", "May", "May 2018", at token `i`. */
function periodAt(ctx: DateContext, i: number): PeriodTarget | undefined {
  const year = yearAt(ctx, i);
  if (year !== undefined) return { last: i, year };
  const month = monthAt(ctx, i);
  if (month === undefined) return undefined;
  const after = yearAt(ctx, i + 1);
  return after === undefined ? { last: i, month } : { last: i + 1, month, year: after };
}

/** "the beginning of 2017", "early 2017", "late May", "mid-2017", "earlier in May": first token, part, target. */
function matchPart(
  ctx: DateContext,
  i: number,
): { first: number; part: PeriodPart | 'earlier' | 'later'; target: PeriodTarget } | undefined {
  const { parts } = dateWords();
  const lead = lowerAt(ctx, i);
  // "mid-2017" ends with a digit: a word skips the pattern.
  const hyphen = digitAt(lead, lead.length - 1) ? /^(early|mid|late)-(\d{4})$/.exec(lead) : null;
  if (hyphen)
    return { first: i, part: hyphen[1] as PeriodPart, target: { last: i, year: Number(hyphen[2]) } };
  if ((lead === 'earlier' || lead === 'later') && lowerAt(ctx, i + 1) === 'in') {
    const target = periodAt(ctx, i + 2);
    return target?.month === undefined ? undefined : { first: i, part: lead, target };
  }
  const the = lead === 'the' ? 1 : 0;
  const part = parts.get(lowerAt(ctx, i + the));
  if (part === undefined) return undefined;
  const of = lowerAt(ctx, i + the + 1) === 'of' ? 1 : 0;
  if (the === 1 && of === 0) return undefined;
  const target = periodAt(ctx, i + the + 1 + of);
  return target ? { first: i, part, target } : undefined;
}

/** The interval and precision of a part of a period, or the whole month clipped at publication. */
function resolvePart(
  ctx: DateContext,
  part: PeriodPart | 'earlier' | 'later',
  target: PeriodTarget,
  first: number,
) {
  const { month } = target;
  const year =
    target.year ??
    (ctx.ref && month ? yearFor(ctx.ref, month, undefined, pointsForward(ctx.tokens, first)) : undefined);
  if (year === undefined) return { interval: undefined, precision: 'month' as DatePrecision };
  if (month === undefined) {
    const [from, to] = YEAR_PART[part as PeriodPart];
    return { interval: monthsInterval(year, from, to), precision: 'quarter' as DatePrecision };
  }
  if (part === 'earlier' || part === 'later')
    return {
      interval: clipAtPublication(ctx, monthInterval(year, month), part),
      precision: 'month' as DatePrecision,
    };
  const [from, to] = MONTH_PART[part];
  return { interval: monthInterval(year, month, from, to), precision: 'week' as DatePrecision };
}

/** "earlier in May" ends on the publication day, "later in May" starts on it, when May is that month. */
function clipAtPublication(ctx: DateContext, whole: IsoInterval, side: 'earlier' | 'later'): IsoInterval {
  const ref = ctx.ref ? isoDay(ctx.ref) : '';
  if (ref < whole.start || ref > whole.end) return whole;
  return side === 'earlier' ? { start: whole.start, end: ref } : { start: ref, end: whole.end };
}

/**
 * Rule `extract/date-period-part`: the early, middle or late part of a year or month. Issue 4:
 * "the beginning of 2017" is early 2017 (2017-01-01..2017-03-31, precision quarter), which
 * contains "January 2017" so that a comparer finds a refinement, not a divergence.
 */
export function findPeriodParts(ctx: DateContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const m = isFree(ctx, i, i) ? matchPart(ctx, i) : undefined;
    if (!m || !isFree(ctx, m.first, m.target.last)) continue;
    const { interval, precision } = resolvePart(ctx, m.part, m.target, m.first);
    emitDate(ctx, m.first, m.target.last, {
      ruleId: 'extract/date-period-part',
      interval,
      precision,
      reference: m.target.year === undefined ? 'relative' : 'absolute',
    });
    i = m.target.last;
  }
}
