import type { Diagnostic } from '../../../model/diagnostic.js';
import type { Rule } from '../../../model/rule.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { DateDraft } from '../draft.js';
import { findAgo } from './ago.js';
import { parseDay } from './calendar.js';
import { findCalendarDates } from './calendar-date.js';
import type { DateContext } from './context.js';
import { findMonths, findYears } from './month-year.js';
import { findPeriodParts } from './period.js';
import { findRelativePeriods } from './relative.js';
import { findWeekdays } from './weekday.js';

/** A date rule: scans the sentence, records dates over tokens no earlier rule took. */
export type DateRule = (ctx: DateContext) => void;

/**
 * The date rules, in order: longer, more specific expressions first, so that "May 10, 2018"
 * is one date and "2018" inside it is not another. Durations ("two-day talks") are not dates:
 * the quantity stage records them (subtype `duration`), so a comparer sees them once.
 */
export const DATE_RULES: readonly Rule<DateRule>[] = [
  {
    id: 'extract/date-calendar',
    stage: 'extract',
    summary: 'a day of a month: "March 16, 2018", "April 4", "10 May"',
    run: findCalendarDates,
  },
  {
    id: 'extract/date-period-part',
    stage: 'extract',
    summary: 'part of a year or month: "early 2017", "mid-2017", "late May", "earlier in May"',
    run: findPeriodParts,
  },
  {
    id: 'extract/date-month',
    stage: 'extract',
    summary: 'a month: "January 2017", "in February"',
    run: findMonths,
  },
  {
    id: 'extract/date-year',
    stage: 'extract',
    summary: 'a year or decade: "in 2017", "the 1980s"',
    run: findYears,
  },
  {
    id: 'extract/date-relative',
    stage: 'extract',
    summary: 'a period counted from publication: "last week", "yesterday", "earlier this month"',
    run: findRelativePeriods,
  },
  { id: 'extract/date-ago', stage: 'extract', summary: '"three days ago", "two weeks ago"', run: findAgo },
  {
    id: 'extract/date-weekday',
    stage: 'extract',
    summary: 'a weekday, its direction decided by tense: "on Thursday", "Tuesday\'s session"',
    run: findWeekdays,
  },
];

/** Each source's publication day, parsed once for its sentences (the rules never change the Date). */
const publicationDays = new WeakMap<SegmentedSource, Date | undefined>();

function publicationDay(source: SegmentedSource): Date | undefined {
  if (!publicationDays.has(source)) publicationDays.set(source, parseDay(source.meta.published));
  return publicationDays.get(source);
}

/**
 * Finds the dates in one sentence and resolves them against `source.meta.published` into an
 * inclusive ISO interval with a precision. Words that are not dates ("now", "may" the verb)
 * are not claims. Without a publication date, relative dates keep no interval and one
 * `extract/unresolved-date` diagnostic per source says so.
 */
export function extractDates(
  sentence: Sentence,
  source: SegmentedSource,
  diagnostics: Diagnostic[],
): DateDraft[] {
  const ctx: DateContext = {
    sentence,
    source,
    tokens: sentence.tokens,
    used: new Array<boolean>(sentence.tokens.length).fill(false),
    ref: publicationDay(source),
    text: source.text,
    found: [],
    unresolved: false,
  };
  for (const rule of DATE_RULES) rule.run(ctx);
  if (ctx.unresolved) reportUnresolved(source, diagnostics);
  return ctx.found.sort((x, y) => x.start - y.start);
}

function reportUnresolved(source: SegmentedSource, diagnostics: Diagnostic[]): void {
  const code = 'extract/unresolved-date';
  if (diagnostics.some((d) => d.code === code && d.source === source.id)) return;
  diagnostics.push({
    code,
    severity: 'warning',
    message: `${source.id} has no publication date, so relative dates ("on Thursday", "last week") stay unresolved; add "published: YYYY-MM-DD" to its front matter.`,
    source: source.id,
  });
}
