import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { type DateContext, digitAt, isCapitalised, lowerAt } from './context.js';

/** Day of month 1..31 at token `i` ("10", "10th"), else undefined. */
export function dayAt(ctx: DateContext, i: number): number | undefined {
  const lower = lowerAt(ctx, i);
  if (!digitAt(lower, 0)) return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(lower);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : undefined;
}

/** A year 1800..2099 written in four digits at token `i`, else undefined. */
export function yearAt(ctx: DateContext, i: number): number | undefined {
  return yearOfWord(lowerAt(ctx, i));
}

/** A number followed by a plural noun is a count ("1500 troops"), not a date. */
export function isCount(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    (next.lemma !== next.lower || next.lower === 'people')
  );
}

/** A year 1800..2099 written in four digits as the word `lower`, else undefined. */
export function yearOfWord(lower: string): number | undefined {
  return digitAt(lower, 0) && /^(?:18|19|20)\d\d$/.test(lower) ? Number(lower) : undefined;
}

/**
 * Month 1..12 at token `i`. Month names count only when capitalised (not "march" the verb);
 * "May" also needs a day or year after it or a date word before it (not "May" the modal), and
 * abbreviations ("Mar", "Aug.") a day or year after them.
 */
export function monthAt(ctx: DateContext, i: number): number | undefined {
  const token = ctx.tokens[i];
  if (!isCapitalised(token) || token.pos === 'AUX') return undefined;
  // "Aug." is "aug"; no pattern, as three date rules ask this of every capitalised token.
  const name = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  const month = dateWords().months.get(name);
  // Inside a hyphenated name ("Mar-a-Vista") a month word is not a month.
  if (month === undefined || lowerAt(ctx, i + 1) === '-') return undefined;
  const datedAfter = dayAt(ctx, i + 1) !== undefined || yearAt(ctx, i + 1) !== undefined;
  // Abbreviations ("Mar", "Aug.") and "May" need a day or year after them, or a date word before.
  const ambiguous = name === 'may' || name.length <= 4;
  if (!ambiguous || name === 'june' || name === 'july') return month;
  return datedAfter || (name === 'may' && functionWords('month-lead').has(lowerAt(ctx, i - 1)))
    ? month
    : undefined;
}

/** ISO weekday 1..7 at token `i` when it is a capitalised weekday name. */
export function weekdayAt(ctx: DateContext, i: number): number | undefined {
  const token = ctx.tokens[i];
  return isCapitalised(token) ? dateWords().weekdays.get(token.lower) : undefined;
}
