import { dayInterval, dayOf, isValidDay, nearestYear, yearFor } from './calendar.js';
import { type DateContext, emitDate, isFree, lowerAt } from './context.js';
import { dayAt, monthAt, yearAt } from './date-tokens.js';
import { directionAt } from './tense.js';

/** A day of a month: "March 16, 2018", "April 4", "10 May 2018", "May 10". */
interface DayMatch {
  first: number;
  last: number;
  month: number;
  date: number;
  year?: number;
}

/** Month first ("March 16, 2018", "May 10") or day first ("10 May 2018"), with an optional year. */
function matchDay(ctx: DateContext, i: number): DayMatch | undefined {
  const month = monthAt(ctx, i);
  if (month !== undefined) {
    const date = dayAt(ctx, i + 1);
    if (date === undefined) return undefined;
    const comma = lowerAt(ctx, i + 2) === ',' ? 1 : 0;
    const year = yearAt(ctx, i + 2 + comma);
    return { first: i, last: year === undefined ? i + 1 : i + 2 + comma, month, date, year };
  }
  const date = dayAt(ctx, i);
  const after = date === undefined ? undefined : monthAt(ctx, i + 1);
  if (date === undefined || after === undefined) return undefined;
  const year = yearAt(ctx, i + 2);
  return { first: i, last: year === undefined ? i + 1 : i + 2, month: after, date, year };
}

/** "the Sept. 11 hijackers", "the July 4 celebrations": a day without a year before a plural noun is a name. */
function namesSomething(ctx: DateContext, m: DayMatch): boolean {
  const next = ctx.tokens[m.last + 1];
  return (
    m.year === undefined && next?.pos === 'NOUN' && next.lower !== next.lemma && /^\p{Ll}/u.test(next.text)
  );
}

/** The year of a day given without one, directed by its clause's tense, else the nearest one. */
function yearOf(ctx: DateContext, month: number, date: number, at: number): number | undefined {
  if (!ctx.ref) return undefined;
  const direction = directionAt(ctx.tokens, at);
  if (direction === 'open') return nearestYear(ctx.ref, month, date);
  return yearFor(ctx.ref, month, date, direction === 'forward');
}

/**
 * Rule `extract/date-calendar`: a day of a month. Without a year it is the most recent such day
 * on or before publication when its clause is in the past, the next one when the clause points
 * forward (issue 4), and the nearest one when the clause says neither.
 */
export function findCalendarDates(ctx: DateContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const m = isFree(ctx, i, i) ? matchDay(ctx, i) : undefined;
    if (!m || !isFree(ctx, m.first, m.last) || namesSomething(ctx, m)) continue;
    const year = m.year ?? yearOf(ctx, m.month, m.date, m.first);
    if (year !== undefined && !isValidDay(year, m.month, m.date)) continue;
    emitDate(ctx, m.first, m.last, {
      ruleId: 'extract/date-calendar',
      interval: year === undefined ? undefined : dayInterval(dayOf(year, m.month, m.date)),
      precision: 'day',
      reference: m.year === undefined ? 'relative' : 'absolute',
    });
    i = m.last;
  }
}
