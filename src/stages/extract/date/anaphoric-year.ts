import { dateWords } from '../../../lexicons/date-words.js';
import type { Token } from '../../../model/source.js';
import { type DateContext, lowerAt } from './context.js';
import { monthAt, yearOfWord } from './date-tokens.js';

/** A month's reference back to a year the text named: the tokens it ends on and its offset. */
export interface AnaphoricYear {
  /** The last token of the phrase ("year"). */
  last: number;
  /** The year it names, or undefined when the text names no year before it. */
  year: number | undefined;
}

/**
 * "March of that year", "June the following year": a month followed by a phrase that refers back
 * to a year named earlier (`anaphoric` in date-words.yaml). Blind 40 reader: "resigned in March of
 * that year" after "in 2022" was read as the March before publication. The antecedent is the
 * nearest year written before the month in its sentence, its paragraph or the paragraph before;
 * farther back a reader cannot tell which year is meant, and the month gets none.
 */
export function anaphoricYearAfter(ctx: DateContext, month: number): AnaphoricYear | undefined {
  const start = lowerAt(ctx, month + 1) === 'of' ? month + 2 : month + 1;
  for (const phrase of dateWords().anaphoric) {
    if (!phrase.words.every((word, k) => lowerAt(ctx, start + k) === word)) continue;
    const named = yearBefore(ctx, month);
    return {
      last: start + phrase.words.length - 1,
      year: named === undefined ? undefined : named + phrase.offset,
    };
  }
  return undefined;
}

/** The nearest year written before token `at`: in its sentence, then back through the paragraph and the one before. */
function yearBefore(ctx: DateContext, at: number): number | undefined {
  const own = lastYear(ctx.tokens, at);
  if (own !== undefined) return own;
  const { sentences } = ctx.source;
  const index =
    sentences[ctx.sentence.index] === ctx.sentence ? ctx.sentence.index : sentences.indexOf(ctx.sentence);
  for (let k = index - 1; k >= 0 && sentences[k].paragraph >= ctx.sentence.paragraph - 1; k--) {
    const year = lastYear(sentences[k].tokens, sentences[k].tokens.length);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The last four-digit year among `tokens` before index `end`, not a count ("1500 troops"). */
function lastYear(tokens: readonly Token[], end: number): number | undefined {
  for (let i = end - 1; i >= 0; i--) {
    const year = yearOfWord(tokens[i].lower);
    if (year !== undefined && !isCount(tokens, i)) return year;
  }
  return undefined;
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

/**
 * The year the article gave the same month earlier, written out ("a warning … in January 2024",
 * then "recorded … in January"): a month named again is the one already told, as a reader takes
 * it (blind 45 reader: the second "January" was resolved to the January before publication, a year
 * later, and set against the other article's "February 2024"). The nearest earlier mention wins;
 * none, undefined.
 */
export function writtenYearOfMonth(ctx: DateContext, at: number, month: number): number | undefined {
  const own = yearOfMonthIn(ctx, ctx.tokens, at, month);
  if (own !== undefined) return own;
  const { sentences } = ctx.source;
  const index =
    sentences[ctx.sentence.index] === ctx.sentence ? ctx.sentence.index : sentences.indexOf(ctx.sentence);
  for (let k = index - 1; k >= 0; k--) {
    const tokens = sentences[k].tokens;
    const year = yearOfMonthIn(ctx, tokens, tokens.length, month);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The year written right after the last mention of `month` among `tokens` before index `end`. */
function yearOfMonthIn(
  ctx: DateContext,
  tokens: readonly Token[],
  end: number,
  month: number,
): number | undefined {
  const view: DateContext = { ...ctx, tokens: tokens as Token[] };
  for (let i = end - 1; i >= 0; i--) {
    if (monthAt(view, i) !== month) continue;
    // "January 2024", "January 15, 2024": the year right after the month, or after its day.
    const word = (k: number) => tokens[k]?.lower ?? '';
    const day = /^\d{1,2}$/.test(word(i + 1));
    const comma = day && word(i + 2) === ',';
    const year = yearOfWord(word(i + 1)) ?? (day ? yearOfWord(word(comma ? i + 3 : i + 2)) : undefined);
    if (year !== undefined) return year;
  }
  return undefined;
}
