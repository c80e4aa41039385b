import { dateWords } from '../../../lexicons/date-words.js';
import { numberWords } from '../../../lexicons/number-words.js';
import { emitQuantity, isFree, type QuantityContext } from './context.js';
import { countedNoun } from './noun.js';
import { boundsOf, qualifierBefore } from './qualifier.js';

// A ratio is one figure, not two counts (issue 10, user trial 10 item 1): "a 2 in 3 chance",
// "a one-in-three chance", "one out of four Americans", "3-to-1 odds". It is read from the
// sentence text, because the tokenizer splits "1-in-3" unevenly ("1", "-", "in-3"), and held as
// a percentage (its share of the whole), so that "2 in 3", "two-in-three" and "67 percent" are
// one value and the other side's odds ("1 in 3 chance of losing") are its complement
// (omission/mentions.ts `mentionsNumber`, facts/quantity.ts `complementary`).

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+|[a-z]+`;
/** "N in M", "N-in-M", "N out of M": a part of a whole. */
const PART_OF = new RegExp(String.raw`\b(${NUM})(?:\s+|-)(in|out\s+of)(?:\s+|-)(${NUM})\b`, 'giu');
/** "N to M", "N-to-M": odds, only with the word "odds" just before or after. */
const ODDS = new RegExp(String.raw`\b(${NUM})(?:\s+|-)to(?:\s+|-)(${NUM})\b`, 'giu');
/** Words before "N to M" that make it odds ("the odds are 3 to 1", "odds of 10 to 1"). */
const ODDS_BEFORE = /\bodds\b(?:\s+\S+){0,2}\s*$/iu;
/** A whole larger than this is no ratio of a chance or a share ("5 in 2012"). */
const MAX_WHOLE = 1000;

/** The value of a number written in digits or as one number word ("three"); undefined otherwise. */
function numberValue(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text.replaceAll(',', ''));
  const word = numberWords().get(text.toLowerCase());
  return word && (word.kind === 'unit' || word.kind === 'ten') ? word.value : undefined;
}

/** The tokens that start at `start` and end at `end` exactly; undefined when a token straddles either. */
function tokenRange(ctx: QuantityContext, start: number, end: number): [number, number] | undefined {
  const first = ctx.tokens.findIndex((t) => t.start === start);
  const last = ctx.tokens.findIndex((t) => t.end === end);
  return first < 0 || last < first ? undefined : [first, last];
}

/** Emits one ratio over `[start, end)` of the source text when its tokens are free; returns whether it did. */
function emitRatio(ctx: QuantityContext, start: number, end: number, share: number, odds: boolean): boolean {
  const range = tokenRange(ctx, start, end);
  if (!range || !isFree(ctx, range[0], range[1])) return false;
  const [first, last] = range;
  const noun = countedNoun(ctx.tokens, last + 1, ctx.used);
  // "3 in 4 weeks" is a count in a time, not a share.
  if (!odds && noun && dateWords().units.has(noun.lemma)) return false;
  const q = qualifierBefore(ctx.tokens, first);
  const lead = q && isFree(ctx, q.first, first - 1) ? q.first : first;
  const value = Math.round(share * 10000) / 100;
  emitQuantity(ctx, lead, noun?.head ?? last, {
    ruleId: 'extract/quantity-ratio',
    ...boundsOf(value, lead === first ? undefined : q?.qualifier),
    subtype: 'percent',
    noun: odds && !noun ? 'odds' : (noun?.lemma ?? null),
    act: null,
  });
  return true;
}

/**
 * Rule `extract/quantity-ratio`: "N in M", "N-in-M", "N out of M" (digits or number words) as
 * one share N/M, and "N-to-M odds" as the share N/(N+M), held in percent with the noun after it
 * ("chance", "Americans", "odds").
 */
export function findRatios(ctx: QuantityContext): void {
  const { text } = ctx.source;
  const { start: from, end: to } = ctx.sentence;
  const body = text.slice(from, to);
  for (const m of body.matchAll(PART_OF)) {
    const [part, whole] = [numberValue(m[1]), numberValue(m[3])];
    if (part === undefined || whole === undefined || whole === 0 || part > whole || whole > MAX_WHOLE)
      continue;
    emitRatio(ctx, from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length, part / whole, false);
  }
  for (const m of body.matchAll(ODDS)) {
    const [x, y] = [numberValue(m[1]), numberValue(m[2])];
    const at = m.index ?? 0;
    const oddsWord = ODDS_BEFORE.test(body.slice(0, at)) || /^\s*odds\b/iu.test(body.slice(at + m[0].length));
    if (x === undefined || y === undefined || x + y === 0 || !oddsWord || Math.max(x, y) > MAX_WHOLE)
      continue;
    emitRatio(ctx, from + at, from + at + m[0].length, x / (x + y), true);
  }
}
