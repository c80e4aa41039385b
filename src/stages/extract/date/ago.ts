import { dateWords } from '../../../lexicons/date-words.js';
import { numberWords } from '../../../lexicons/number-words.js';
import { addDays, dayInterval, weekInterval } from './calendar.js';
import { type DateContext, emitDate, isFree, lowerAt } from './context.js';

/** A small count at token `i`: "3", "three", "a". */
function countAt(ctx: DateContext, i: number): number | undefined {
  const lower = lowerAt(ctx, i);
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  const word = numberWords().get(lower);
  return word?.kind === 'unit' || word?.kind === 'ten' ? word.value : undefined;
}

/**
 * Rule `extract/date-ago`: "three days ago", "two weeks ago", "a week ago". Days resolve to a day,
 * weeks to the ISO week that held that day; longer spans are too loose to resolve and are left to
 * the duration rule of the quantity stage.
 */
export function findAgo(ctx: DateContext): void {
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    // "ago" first: it is rare, and the count and unit are read only before it.
    if (lowerAt(ctx, i + 2) !== 'ago') continue;
    const n = countAt(ctx, i);
    const unit = lowerAt(ctx, i + 1).replace(/s$/, '');
    if (n === undefined || !dateWords().units.has(unit)) continue;
    if ((unit !== 'day' && unit !== 'week') || !isFree(ctx, i, i + 2)) continue;
    const interval = ctx.ref
      ? unit === 'day'
        ? dayInterval(addDays(ctx.ref, -n))
        : weekInterval(ctx.ref, -n)
      : undefined;
    emitDate(ctx, i, i + 2, {
      ruleId: 'extract/date-ago',
      interval,
      precision: unit === 'day' ? 'day' : 'week',
      reference: 'relative',
    });
    i += 2;
  }
}
