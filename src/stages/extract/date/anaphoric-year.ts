import { dateWords } from '../../../lexicons/date-words.js';
import type { Token } from '../../../model/source.js';
import { type DateContext, lowerAt } from './context.js';
import { yearOfWord } from './date-tokens.js';

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
