import { addDays, dayInterval, isoWeekday } from './calendar.js';
import { type DateContext, emitDate, isFree, lowerAt } from './context.js';
import { weekdayAt } from './date-tokens.js';
import { pointsForward } from './tense.js';

/** Words before a weekday that fix its direction outright. */
const DIRECTION: Record<string, 'past' | 'future' | undefined> = {
  last: 'past',
  next: 'future',
  coming: 'future',
};

/** Words after a weekday that put it in the coming week: "Friday in the week ahead", "Friday next week". */
const NEXT_WEEK_AFTER: readonly (readonly string[])[] = [
  ['in', 'the', 'week', 'ahead'],
  ['in', 'the', 'coming', 'week'],
  ['next', 'week'],
];

/** Whether the words after token `i` put its weekday in the coming week (issue 10). */
function nextWeekAfter(ctx: DateContext, i: number): boolean {
  return NEXT_WEEK_AFTER.some((words) => words.every((w, k) => lowerAt(ctx, i + 1 + k) === w));
}

/**
 * Days from the publication day to the named weekday. The same weekday is the publication day
 * itself ("on Monday" in a Monday paper) unless "last" or "next" says otherwise; otherwise the
 * nearest such day in the direction the clause points.
 */
export function weekdayOffset(refWeekday: number, target: number, direction: 'past' | 'future'): number {
  const delta = target - refWeekday;
  if (direction === 'past') return delta > 0 ? delta - 7 : delta;
  return delta < 0 ? delta + 7 : delta;
}

/**
 * Rule `extract/date-weekday`: "on Thursday", "Tuesday's plenary session", "last Friday",
 * "Monday night". The tense of the clause decides the direction of a bare weekday (issue 4):
 * see `pointsForward`; a later weekday in a sentence that already points forward follows it.
 * An explicit "last"/"next" overrides both.
 */
export function findWeekdays(ctx: DateContext): void {
  // "will speak … later Tuesday, followed by … Wednesday": once forward, a sentence stays forward.
  let forward = false;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const target = isFree(ctx, i, i) ? weekdayAt(ctx, i) : undefined;
    if (target === undefined) continue;
    const lead = DIRECTION[lowerAt(ctx, i - 1)] ?? (nextWeekAfter(ctx, i) ? 'future' : undefined);
    const first = DIRECTION[lowerAt(ctx, i - 1)] || lowerAt(ctx, i - 1) === 'this' ? i - 1 : i;
    forward ||= pointsForward(ctx.tokens, first);
    const direction = lead ?? (forward ? 'future' : 'past');
    let interval: ReturnType<typeof dayInterval> | undefined;
    if (ctx.ref) {
      let offset = weekdayOffset(isoWeekday(ctx.ref), target, direction);
      if (offset === 0 && lead) offset = lead === 'past' ? -7 : 7;
      interval = dayInterval(addDays(ctx.ref, offset));
    }
    if (!isFree(ctx, first, i)) continue;
    emitDate(ctx, first, i, {
      ruleId: 'extract/date-weekday',
      interval,
      precision: 'day',
      reference: 'relative',
    });
  }
}
