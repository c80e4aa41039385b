import { numberWords } from '../../../lexicons/number-words.js';
import { shareWord } from '../../../lexicons/share-words.js';
import type { QuantityOdds } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import { emitQuantity, isFree, type QuantityContext } from './context.js';
import { type RatioTokens, ratiosIn } from './ratio-text.js';

// Inputs: "N to M" and "N-to-M" in a sentence. "N to M" is most often a range ("from 3 to 5
// percent") or a score ("beat them 3 to 1"); it states odds only in the fixed frames of odds,
// "N-to-M odds" and "the odds are N to M" (review of odds10, 6). Odds are held as written, first
// to second, with the direction the text states: bare "3-to-1 odds" may be against (one chance
// in four) or on (three in four), so they are never turned into a percentage (review of odds10, 5).

/** Odds larger than this are no odds a news text states ("5 to 2012"). */
const MAX_TERM = 1000;
/** How far before "N to M" the frame "the odds are" may start: a bounded window, never the whole prefix. */
const WINDOW = 32;
/** "the odds are 3 to 1", "odds of 10 to 1", "odds stood at 2 to 1", "cut the odds to 3 to 1". */
const ODDS_BEFORE = /\bodds\s+(?:are|were|is|was|of|at|to|stand\s+at|stood\s+at)\s+$/iu;

/** The direction stated after odds at token `i` ("against", "in favour") and the last token it takes. */
function directionAt(tokens: Token[], i: number): { direction: QuantityOdds['direction']; last: number } {
  if (shareWord(tokens[i]?.lemma ?? '') === 'against') return { direction: 'against', last: i };
  if (tokens[i]?.lower === 'in' && shareWord(tokens[i + 1]?.lemma ?? '') === 'for')
    return { direction: 'for', last: i + 1 };
  return { direction: 'unstated', last: i - 1 };
}

/** Emits odds over the ratio's tokens when a frame of odds holds them. */
function emitOdds(ctx: QuantityContext, ratio: RatioTokens): void {
  const [first, second] = ratio.terms;
  const start = ctx.tokens[ratio.first].start;
  if (!isFree(ctx, ratio.first, ratio.last)) return;
  const { tokens } = ctx;
  const next = tokens[ratio.last + 1];
  const oddsAfter = next?.lemma === 'odds';
  const { text } = ctx.source;
  const framed = ODDS_BEFORE.test(text.slice(Math.max(ctx.sentence.start, start - WINDOW), start));
  // "the odds are 3 to 5 percent": a range of a percentage, not odds.
  const measured =
    next !== undefined && (next.pos === 'NOUN' || numberWords().get(next.lower)?.kind === 'percent');
  if (!oddsAfter && (!framed || measured)) return;
  const { direction, last } = directionAt(tokens, ratio.last + (oddsAfter ? 2 : 1));
  const end2 = Math.max(last, ratio.last + (oddsAfter ? 1 : 0));
  if (!isFree(ctx, ratio.first, end2)) return;
  const value = Math.round((first / second) * 10_000) / 10_000;
  emitQuantity(ctx, ratio.first, end2, {
    ruleId: 'extract/quantity-odds',
    value,
    min: value,
    max: value,
    precision: 'exact',
    subtype: 'odds',
    noun: 'odds',
    act: null,
    odds: { first, second, direction },
  });
}

/**
 * Rule `extract/quantity-odds`: "3-to-1 odds", "the odds are 5 to 1", "10-to-1 odds against",
 * "3 to 1 in favour" as odds (subtype `odds`, value first / second, `odds` as written with its
 * direction). Every other "N to M" is left to the number rule.
 */
export function findOdds(ctx: QuantityContext): void {
  for (const ratio of ratiosIn(ctx, 'to')) {
    if (Math.min(...ratio.terms) < 1 || Math.max(...ratio.terms) > MAX_TERM) continue;
    emitOdds(ctx, ratio);
  }
}
