import { dateWords } from '../../../lexicons/date-words.js';
import { measureUnit } from '../../../lexicons/measure-units.js';
import { cueVerb } from '../../../lexicons/reporting-verbs.js';
import { isPerson } from '../../../lexicons/role-nouns.js';
import { shareWord } from '../../../lexicons/share-words.js';
import type { Token } from '../../../model/source.js';
import { emitQuantity, isFree, type QuantityContext } from './context.js';
import { countedNoun } from './noun.js';
import { boundsOf, qualifierBefore, type Rounding } from './qualifier.js';
import { ratiosIn } from './ratio-text.js';

// Inputs: "N in M", "N-in-M" and "N out of M" in a sentence, digits or number words (user trial
// 11: "a 1-in-3 chance" was read as 1, "1 in 3" as two counts). Such a phrase is a proportional
// quantifier, one figure (Huddleston & Pullum 2002, ch. 5, "one in three"; risks as natural
// frequencies, Gigerenzer et al. 2007), only when what follows is the whole the part is drawn
// from: a probability ("a 1-in-3 chance") or a population of people ("3 in 10 voters"). After
// any other noun "in" is a preposition of place or occasion and the numbers stay two counts:
// "killed two in three attacks" is two people killed in three attacks (review of odds10, 1).

/** A whole larger than this is no share a news text states as "N in M" ("1 in 5 million" is). */
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

/**
 * The head of what follows a ratio: the counted noun, cut at a word of chance so that "a 1-in-3
 * chance Republicans lose" is a chance, not a share of Republicans (review of odds11, 4).
 */
function headAfter(ctx: QuantityContext, last: number): number | undefined {
  const noun = countedNoun(ctx.tokens, last + 1, ctx.used);
  if (!noun) return undefined;
  for (let k = last + 1; k < noun.head; k++) if (shareWord(ctx.tokens[k].lemma) === 'chance') return k;
  return noun.head;
}

const at4 = (x: number) => Math.round(x * 10_000) / 10_000;
/**
 * "about 1 in 1,000" spread in the share's own precision (four decimals), not to whole
 * percents: 0.09..0.11, not 0..1 (review of odds11, 2).
 */
const FOUR_DECIMALS: Rounding = { down: at4, up: at4 };

/**
 * Wholes of a proportion of anything ("nine in ten schools", "3 in 100 homes"): ten, a hundred or a
 * thousand, the bases a share of things is given in. With another whole the share needs a chance
 * or a population (above), so "two in three attacks" stays two counts. "N out of M" is a share
 * whatever its whole ("seven out of eight depots"): "out of" names no place or occasion.
 */
const ROUND_WHOLES: ReadonlySet<number> = new Set([10, 100, 1000]);

/**
 * A plural common noun's lemma ("schools" → school), the whole a share of anything is drawn from;
 * not a unit of time or measure ("in 3 in 10 minutes" is a time, not a share of minutes).
 */
const pluralNoun = (t: Token): string | undefined =>
  t.pos === 'NOUN' && t.lower !== t.lemma && !dateWords().units.has(t.lemma) && !measureUnit(t.lemma)
    ? t.lemma
    : undefined;

/** The share of tokens `first..last` when what follows names a chance or a population; emits it. */
function emitShare(ctx: QuantityContext, first: number, last: number, share: number, ofAny: boolean): void {
  if (!isFree(ctx, first, last)) return;
  const at = headAfter(ctx, last);
  if (at === undefined) return;
  const head = ctx.tokens[at];
  const chance = shareWord(head.lemma) === 'chance' ? head.lemma : undefined;
  const population = chance ? undefined : (populationOf(head) ?? (ofAny ? pluralNoun(head) : undefined));
  const q = qualifierBefore(ctx.tokens, first);
  const lead = q && isFree(ctx, q.first, first - 1) ? q.first : first;
  if (!chance && (!population || objectOfAct(ctx.tokens, lead))) return;
  const value = Math.round(share * 1_000_000) / 10_000;
  emitQuantity(ctx, lead, at, {
    ruleId: 'extract/quantity-share',
    ...boundsOf(value, lead === first ? undefined : q?.qualifier, FOUR_DECIMALS),
    subtype: 'percent',
    noun: chance ?? population ?? null,
    act: null,
  });
}

/**
 * Rule `extract/quantity-share`: "a 1-in-3 chance", "a two-in-three chance", "nearly 3 in 10
 * Americans", "one in a thousand patients" as one share, held in percent of the whole (33.3333
 * for "1 in 3") with its noun ("chance", "american"), so that "1-in-3" and "one in three" are one
 * value; so is a share of any other plural noun out of a whole of ten, a hundred or a thousand, or
 * with "out of" ("nine in ten schools", "nine out of ten schools"). Any other "N in M" ("two in
 * three attacks", "3 in 10 minutes") is left to the number rule.
 */
export function findShares(ctx: QuantityContext): void {
  for (const ratio of ratiosIn(ctx, String.raw`in|out\s+of`)) {
    const [part, whole] = ratio.terms;
    if (part < 1 || whole < 2 || part > whole || whole > MAX_WHOLE) continue;
    const out = ctx.tokens.slice(ratio.first, ratio.last + 1).some((t) => t.lower === 'out');
    emitShare(ctx, ratio.first, ratio.last, part / whole, out || ROUND_WHOLES.has(whole));
  }
}
