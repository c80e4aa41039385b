import { type RelativeUnit, relativesStartingWith } from '../../../lexicons/date-words.js';
import type { DatePrecision } from '../../../model/claim.js';
import {
  addDays,
  dayInterval,
  type IsoInterval,
  isoDay,
  monthInterval,
  monthsInterval,
  weekInterval,
} from './calendar.js';
import { type DateContext, emitDate, isFree, lowerAt } from './context.js';

/** The calendar period `offset` units away from the publication day. */
function periodOf(ref: Date, unit: RelativeUnit, offset: number): IsoInterval {
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth() + 1;
  if (unit === 'day') return dayInterval(addDays(ref, offset));
  if (unit === 'week') return weekInterval(ref, offset);
  if (unit === 'weekend') {
    const week = weekInterval(ref, offset);
    return { start: isoDay(addDays(new Date(`${week.end}T00:00:00Z`), -1)), end: week.end };
  }
  if (unit === 'month') {
    const shifted = new Date(Date.UTC(year, month - 1 + offset, 1));
    return monthInterval(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1);
  }
  if (unit === 'quarter') {
    const q = Math.floor((month - 1) / 3) + offset;
    const y = year + Math.floor(q / 4);
    const from = (((q % 4) + 4) % 4) * 3 + 1;
    return monthsInterval(y, from, from + 2);
  }
  return monthsInterval(year + offset, 1, 12);
}

const PRECISION: Record<RelativeUnit, DatePrecision> = {
  day: 'day',
  week: 'week',
  weekend: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** "earlier this month" ends on the publication day; "later this year" starts on it. */
function clip(interval: IsoInterval, lead: string, ref: Date): IsoInterval {
  if (lead === 'earlier') return { start: interval.start, end: isoDay(ref) };
  if (lead === 'later') return { start: isoDay(ref), end: interval.end };
  return interval;
}

/** "USA Today", "Nina Ross Tonight": a capitalised relative word after a proper noun is part of a name. */
function inName(ctx: DateContext, i: number): boolean {
  return /^\p{Lu}/u.test(ctx.tokens[i].text) && ctx.tokens[i - 1]?.pos === 'PROPN';
}

/**
 * Rule `extract/date-relative`: calendar periods named from the publication day ("last week",
 * "yesterday", "earlier this month"). ISO weeks run Monday to Sunday, so "last week" in a Monday
 * paper of 14 May 2018 is 7..13 May, which holds Thursday the 10th.
 */
export function findRelativePeriods(ctx: DateContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const starting = relativesStartingWith(ctx.tokens[i].lower);
    if (starting.length === 0) continue;
    const phrase = starting.find((r) => r.words.every((w, k) => lowerAt(ctx, i + k) === w));
    if (!phrase || !isFree(ctx, i, i + phrase.words.length - 1) || inName(ctx, i)) continue;
    const last = i + phrase.words.length - 1;
    const interval = ctx.ref
      ? clip(periodOf(ctx.ref, phrase.unit, phrase.offset), phrase.words[0], ctx.ref)
      : undefined;
    emitDate(ctx, i, last, {
      ruleId: 'extract/date-relative',
      interval,
      precision: PRECISION[phrase.unit],
      reference: 'relative',
    });
    i = last;
  }
}
