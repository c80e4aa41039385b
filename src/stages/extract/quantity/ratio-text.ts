import { numberWords } from '../../../lexicons/number-words.js';
import type { QuantityContext } from './context.js';
import { readNumber } from './number.js';

// Inputs: one sentence's text and tokens. What the share and odds rules (share.ts, odds.ts) read
// from the text rather than the tokens: the tokenizer splits "1-in-3" unevenly ("1", "-",
// "in-3"), so a ratio is matched on the text and then mapped back to whole tokens.

let numberPattern: string | undefined;

const wordsOf = (kinds: string[]): string =>
  [...numberWords().values()]
    .filter((w) => kinds.includes(w.kind))
    .map((w) => w.word)
    .sort((x, y) => y.length - x.length || x.localeCompare(y))
    .join('|');

/**
 * Where a number of a ratio starts: digits ("1,000"), a number word of the lexicon ("three",
 * "twenty"), or "a" before a scale ("a thousand"), never any other word, so that "fell in one in
 * four" cannot take "fell" as its first number (review of odds10, 7). The number itself is read
 * from the tokens by `readNumber` (`ratioTokens`).
 */
function numberSource(): string {
  numberPattern ??= String.raw`\d{1,3}(?:,\d{3})+|\d+|${wordsOf(['unit', 'ten'])}|an?(?=\s+(?:${wordsOf(['scale'])})\b)`;
  return numberPattern;
}

const patterns = new Map<string, RegExp>();
const candidates = new Map<string, RegExp>();

/**
 * What every ratio joined by `joiner` holds: the joiner between a space or hyphen and the start of
 * a second number (a digit, a number word, "a"/"an" and a space). Far cheaper to look for than the
 * whole pattern, whose look-behind is tried at every character, and absent from 19 sentences in
 * 20, so a sentence without it is not searched (issue 13: over the 137 tune sources the ratio
 * patterns took 38 ms, 4 ms with this check; docs/speed-log.md, speed15). It finds a superset of
 * the pattern's matches, so the output is unchanged.
 */
function ratioCandidate(joiner: string): RegExp {
  let candidate = candidates.get(joiner);
  if (!candidate) {
    candidate = new RegExp(
      String.raw`[\s-](?:${joiner})(?:\s+|-)(?:\d|${wordsOf(['unit', 'ten'])}|an?\s)`,
      'iu',
    );
    candidates.set(joiner, candidate);
  }
  return candidate;
}

/**
 * A ratio's two numbers joined by `joiner` ("in", "out of", "to"), with spaces or hyphens between;
 * never the end of a longer number ("twenty-five in 100", "3.5 to 1").
 */
function ratioPattern(joiner: string): RegExp {
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

/** A ratio as tokens: its first and last token and its two numbers. */
export interface RatioTokens {
  first: number;
  last: number;
  terms: [number, number];
}

/**
 * The tokens and numbers of a ratio matched by `ratioPattern` at `at`: each number read by the
 * token reader (`readNumber`: "ten thousand", "a thousand", "twenty-five"), so that the whole is
 * never cut to its first word; a digit inside a token the tokenizer did not split ("in-3") is
 * read from the text. Undefined when the match does not fall on token edges.
 */
function ratioTokens(ctx: QuantityContext, at: number, m: RegExpMatchArray): RatioTokens | undefined {
  const range = tokenRange(ctx, at, at + m[0].length);
  if (!range) return undefined;
  let [first, last] = range;
  const first1 = readNumber(ctx.tokens, first);
  const secondAt = at + m[0].length - m[2].length;
  const k = ctx.tokens.findIndex((t) => t.start === secondAt);
  const second = k < 0 ? undefined : readNumber(ctx.tokens, k);
  if (second) last = Math.max(last, second.last);
  const one = first1 && ctx.tokens[first1.last].end <= secondAt ? first1.value : digitsOf(m[1]);
  const two = second?.value ?? digitsOf(m[2]);
  if (one === undefined || two === undefined) return undefined;
  return { first, last, terms: [one, two] };
}

/** Digits as matched in a ratio ("1,000"); undefined for words. */
const digitsOf = (text: string): number | undefined =>
  /^\d/.test(text) ? Number(text.replaceAll(',', '')) : undefined;

/**
 * The first and last token of `[start, end)` when tokens begin at `start` and end at `end`
 * exactly; undefined when a token straddles either edge. Searched from the sentence's first
 * token each time, so the cost is linear in the sentence per ratio.
 */
function tokenRange(ctx: QuantityContext, start: number, end: number): [number, number] | undefined {
  const first = ctx.tokens.findIndex((t) => t.start === start);
  if (first < 0) return undefined;
  for (let i = first; i < ctx.tokens.length && ctx.tokens[i].start < end; i++)
    if (ctx.tokens[i].end === end) return [first, i];
  return undefined;
}

/** Every ratio joined by `joiner` in the sentence that falls on token edges (`ratioTokens`), in order. */
export function* ratiosIn(ctx: QuantityContext, joiner: string): Generator<RatioTokens> {
  const { start: from, end: to } = ctx.sentence;
  const text = ctx.source.text.slice(from, to);
  if (!ratioCandidate(joiner).test(text)) return;
  for (const m of text.matchAll(ratioPattern(joiner))) {
    const ratio = ratioTokens(ctx, from + (m.index ?? 0), m);
    if (ratio) yield ratio;
  }
}
