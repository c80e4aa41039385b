import { numberWords } from '../../../lexicons/number-words.js';
import type { QuantityContext } from './context.js';

// Inputs: one sentence's text and tokens. What the share and odds rules (share.ts, odds.ts) read
// from the text rather than the tokens: the tokenizer splits "1-in-3" unevenly ("1", "-",
// "in-3"), so a ratio is matched on the text and then mapped back to whole tokens.

let numberPattern: string | undefined;

/**
 * A number of a ratio: digits ("1,000") or one number word of the lexicon ("three", "twenty"),
 * never any other word, so that "fell in one in four" cannot take "fell" as its first number
 * (review of odds10, 7).
 */
function numberSource(): string {
  if (numberPattern === undefined) {
    const words = [...numberWords().values()]
      .filter((w) => w.kind === 'unit' || w.kind === 'ten')
      .map((w) => w.word)
      .sort((x, y) => y.length - x.length || x.localeCompare(y));
    numberPattern = String.raw`\d{1,3}(?:,\d{3})+|\d+|${words.join('|')}`;
  }
  return numberPattern;
}

const patterns = new Map<string, RegExp>();

/**
 * A ratio's two numbers joined by `joiner` ("in", "out of", "to"), with spaces or hyphens between;
 * never the end of a longer number ("twenty-five in 100", "3.5 to 1").
 */
export function ratioPattern(joiner: string): RegExp {
  const num = numberSource();
  let pattern = patterns.get(joiner);
  if (!pattern) {
    pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}.,-])(${num})(?:\s+|-)(?:${joiner})(?:\s+|-)(${num})(?![\p{L}\p{N}]|[.,]\d)`,
      'giu',
    );
    patterns.set(joiner, pattern);
  }
  return pattern;
}

/** The value of a ratio's number as matched by `ratioPattern`: digits or a unit or ten word. */
export function ratioNumber(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text.replaceAll(',', ''));
  return numberWords().get(text.toLowerCase())?.value;
}

/**
 * The first and last token of `[start, end)` when tokens begin at `start` and end at `end`
 * exactly; undefined when a token straddles either edge. Searched from the sentence's first
 * token each time, so the cost is linear in the sentence per ratio.
 */
export function tokenRange(ctx: QuantityContext, start: number, end: number): [number, number] | undefined {
  const first = ctx.tokens.findIndex((t) => t.start === start);
  if (first < 0) return undefined;
  for (let i = first; i < ctx.tokens.length && ctx.tokens[i].start < end; i++)
    if (ctx.tokens[i].end === end) return [first, i];
  return undefined;
}
