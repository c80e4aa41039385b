import { cueVerb } from '../../../lexicons/reporting-verbs.js';
import { isPerson } from '../../../lexicons/role-nouns.js';
import { shareWord } from '../../../lexicons/share-words.js';
import type { Token } from '../../../model/source.js';
import { emitQuantity, isFree, type QuantityContext } from './context.js';
import { countedNoun } from './noun.js';
import { boundsOf, qualifierBefore } from './qualifier.js';
import { ratioNumber, ratioPattern, tokenRange } from './ratio-text.js';

// Inputs: "N in M", "N-in-M" and "N out of M" in a sentence, digits or number words (user trial
// 11: "a 1-in-3 chance" was read as 1, "1 in 3" as two counts). Such a phrase is a proportional
// quantifier, one figure (Huddleston & Pullum 2002, ch. 5, "one in three"; risks as natural
// frequencies, Gigerenzer et al. 2007), only when what follows is the whole the part is drawn
// from: a probability ("a 1-in-3 chance") or a population of people ("3 in 10 voters"). After
// any other noun "in" is a preposition of place or occasion and the numbers stay two counts:
// "killed two in three attacks" is two people killed in three attacks (review of odds10, 1).

/** A whole larger than this is no share a news text states as "N in M" ("5 in 2012"). */
const MAX_WHOLE = 1_000_000;

/**
 * The lemma a population is held under: a plural noun whose role sense is a kind of person
 * ("voters" → voter; "Americans", a plural proper noun, → american), or a population noun of the
 * lexicon ("people"); undefined for anything else.
 */
function populationOf(token: Token): string | undefined {
  if (shareWord(token.lemma) === 'population') return token.lemma;
  if (token.pos === 'NOUN' && token.lower !== token.lemma && isPerson(token.lemma)) return token.lemma;
  const singular = token.lower.endsWith('s') ? token.lower.slice(0, -1) : undefined;
  return token.pos === 'PROPN' && singular && isPerson(singular) ? singular : undefined;
}

/**
 * A population share right after a verb is the verb's object only when the verb reports it
 * ("found 3 in 10 voters"); after another verb the share may be a count and a place ("killed
 * 3 in 4 wards"), so it is left to the number rule.
 */
function objectOfAct(tokens: Token[], lead: number): boolean {
  const before = tokens[lead - 1];
  return before !== undefined && before.pos === 'VERB' && cueVerb(before.lemma) === undefined;
}

/** The share of `[start, end)` when what follows names a chance or a population; emits it. */
function emitShare(ctx: QuantityContext, start: number, end: number, share: number): void {
  const range = tokenRange(ctx, start, end);
  if (!range || !isFree(ctx, range[0], range[1])) return;
  const [first, last] = range;
  const noun = countedNoun(ctx.tokens, last + 1, ctx.used);
  if (!noun) return;
  const head = ctx.tokens[noun.head];
  const chance = shareWord(head.lemma) === 'chance' ? head.lemma : undefined;
  const population = chance ? undefined : populationOf(head);
  const q = qualifierBefore(ctx.tokens, first);
  const lead = q && isFree(ctx, q.first, first - 1) ? q.first : first;
  if (!chance && (!population || objectOfAct(ctx.tokens, lead))) return;
  const value = Math.round(share * 1_000_000) / 10_000;
  emitQuantity(ctx, lead, noun.head, {
    ruleId: 'extract/quantity-share',
    ...boundsOf(value, lead === first ? undefined : q?.qualifier),
    subtype: 'percent',
    noun: chance ?? population ?? null,
    act: null,
  });
}

/**
 * Rule `extract/quantity-share`: "a 1-in-3 chance", "a two-in-three chance", "nearly 3 in 10
 * Americans", "one out of four voters" as one share, held in percent of the whole (33.3333 for
 * "1 in 3") with its noun ("chance", "american"), so that "1-in-3" and "one in three" are one
 * value. Any other "N in M" ("two in three attacks", "3 in 10 minutes") is left to the number rule.
 */
export function findShares(ctx: QuantityContext): void {
  const { text } = ctx.source;
  const { start: from, end: to } = ctx.sentence;
  for (const m of text.slice(from, to).matchAll(ratioPattern(String.raw`in|out\s+of`))) {
    const [part, whole] = [ratioNumber(m[1]), ratioNumber(m[2])];
    if (part === undefined || whole === undefined || part < 1 || whole < 2 || part > whole) continue;
    if (whole > MAX_WHOLE) continue;
    const at = from + (m.index ?? 0);
    emitShare(ctx, at, at + m[0].length, part / whole);
  }
}
