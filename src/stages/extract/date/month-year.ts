import { anaphoricYearAfter, writtenYearOfMonth } from './anaphoric-year.js';
import { monthInterval, monthsInterval, yearFor } from './calendar.js';
import { type DateContext, digitAt, emitDate, isFree, lowerAt } from './context.js';
import { dayAt, isCount, monthAt, yearAt } from './date-tokens.js';
import { pointsForward } from './tense.js';

/**
 * Rule `extract/date-month`: a month with or without a year: "January 2017", "in February".
 * Without a year, the most recent such month on or before publication (the current month
 * included), or the next one when the clause points forward (issue 4); "March of that year" is
 * of the year the text named before it (`anaphoricYearAfter`), and a month the article gave
 * earlier with its year is of that year (`writtenYearOfMonth`).
 */
export function findMonths(ctx: DateContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const month = isFree(ctx, i, i) ? monthAt(ctx, i) : undefined;
    // "Sept. 11 hijackers": a month before a day is part of a name the calendar rule left out.
    if (month === undefined || dayAt(ctx, i + 1) !== undefined) continue;
    const anaphoric = anaphoricYearAfter(ctx, i);
    if (anaphoric !== undefined) {
      // A year named before: the month of that year; none named: of no year a reader can tell.
      if (anaphoric.year !== undefined && isFree(ctx, i, anaphoric.last)) {
        emitDate(ctx, i, anaphoric.last, {
          ruleId: 'extract/date-month',
          interval: monthInterval(anaphoric.year, month),
          precision: 'month',
          reference: 'absolute',
        });
      }
      i = anaphoric.last;
      continue;
    }
    const given = isFree(ctx, i + 1, i + 1) ? yearAt(ctx, i + 1) : undefined;
    const forward = pointsForward(ctx.tokens, i);
    // A month the article already gave with its year is that month again, unless the clause looks ahead.
    const told = given === undefined && !forward ? writtenYearOfMonth(ctx, i, month) : undefined;
    const year = given ?? told ?? (ctx.ref ? yearFor(ctx.ref, month, undefined, forward) : undefined);
    const last = given === undefined ? i : i + 1;
    emitDate(ctx, i, last, {
      ruleId: 'extract/date-month',
      interval: year === undefined ? undefined : monthInterval(year, month),
      precision: 'month',
      reference: given === undefined && told === undefined ? 'relative' : 'absolute',
    });
    i = last;
  }
}

/**
 * A year used as an adjective names rather than dates ("the 2016 election", "the 2014
 * presidential primary", issue 10): a lower-case noun or adjective follows it.
 */
export function isAttributiveYear(ctx: DateContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text);
}

/**
 * Rule `extract/date-year`: a bare year ("in 2017", "from 1965 to 1970") or a decade ("the
 * 1980s"). Four-digit numbers with a thousands comma ("2,000") never reach here; a year used as
 * an adjective ("the 2016 election") is a name, not a date.
 */
export function findYears(ctx: DateContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    // A year or a decade starts with a digit: a word skips both patterns.
    if (!isFree(ctx, i, i) || !digitAt(lowerAt(ctx, i), 0)) continue;
    const decade = /^((?:18|19|20)\d0)['’]?s$/.exec(lowerAt(ctx, i));
    if (decade) {
      const from = Number(decade[1]);
      const interval = { start: monthsInterval(from, 1, 1).start, end: monthsInterval(from + 9, 12, 12).end };
      emitDate(ctx, i, i, {
        ruleId: 'extract/date-year',
        interval,
        precision: 'decade',
        reference: 'absolute',
      });
      continue;
    }
    const year = yearAt(ctx, i);
    if (year === undefined || isCount(ctx.tokens, i) || isAttributiveYear(ctx, i)) continue;
    emitDate(ctx, i, i, {
      ruleId: 'extract/date-year',
      interval: monthsInterval(year, 1, 12),
      precision: 'year',
      reference: 'absolute',
    });
  }
}
