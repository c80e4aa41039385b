import type { AlignmentLink } from '../../../model/alignment.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import { type Fact, factsOf } from './fact.js';
import type { MatchedFacts } from './fact-match.js';
import type { FactPair } from './fact-pairs.js';
import { relate, unitOf, unitRelation } from './interval.js';
import { sameOddsDirection } from './share-relation.js';

// When two figures or dates are the same fact (issue 10): the tests the matching step and the
// fact rules apply. Inputs: facts (fact.ts), the alignment, and the pair's lemma weights.

/** Clause words two facts must share (summed weight, about two rare words) when their sentences are not aligned. */
export const CONTEXT_MIN = 3;

/** Head words match when equal, or when one is a prefix of the other ("meet"/"meeting", "report"/"reporting"). */
export function sameHead(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** Whether two facts name the same thing counted or dated (a shared head noun or act). */
export function shareWhat(x: Fact, y: Fact): boolean {
  for (const p of x.what) for (const q of y.what) if (sameHead(p, q)) return true;
  return false;
}

/** A shared head, or else the same verb ("met on Sunday" / "met Sunday"), or a verb and its noun ("reported" / "report"). */
export function shareHeadOrVerb(x: Fact, y: Fact): boolean {
  const [hx, hy] = [headsOf(x), headsOf(y)];
  for (const p of hx) for (const q of hy) if (sameHead(p, q)) return true;
  return false;
}

/**
 * A head noun of one fact named by the other, as noun or verb: "the Dec. 27th debate" /
 * "a debate later this month", "a January 2017 report" / "reported last year". Two verbs alone
 * ("announced") are too common a link for anything but an agreement.
 */
export function shareNoun(x: Fact, y: Fact): boolean {
  const named = (f: Fact, g: Fact) => [...f.what].some((p) => headsOf(g).some((q) => sameHead(p, q)));
  return named(x, y) || named(y, x);
}

/** Head nouns and the verb: "reported last year" and "a January 2017 report" date one report. */
export const headsOf = (f: Fact): string[] => [...f.what, ...(f.verb ? [f.verb] : [])];

/**
 * Firm ground for a divergence or a date refinement: aligned sentences that share clause words
 * and a head or verb; or, across the article, a shared head noun (a verb alone is too common a
 * link), three times the clause words a match needs, and a shared name.
 */
export function isFirm(ctx: CompareContext, p: FactPair, m: MatchedFacts): boolean {
  const context = sharedWeight(p.a.context, p.b.context, m.weights);
  // "began in January 2017" / "began at the beginning of 2017" in aligned sentences: one verb, one act.
  if (p.linked)
    return (
      (tollContext(p, m, context) >= CONTEXT_MIN && (shareNoun(p.a, p.b) || shareHeadOrVerb(p.a, p.b))) ||
      isTwin(ctx.linked.get(`${p.a.claim.sentence}|${p.b.claim.sentence}`), context)
    );
  return (
    shareNoun(p.a, p.b) && context >= 3 * CONTEXT_MIN && sharedWeight(p.a.names, p.b.names, m.weights) > 0
  );
}

const COUNTS = new Set(['count', 'casualty']);

/** The kind of casualty a figure counts ("died" and "killed" both count the dead), if any. */
const casualtyOf = (f: Fact) => (f.claim.kind === 'quantity' ? (f.claim.casualty ?? null) : null);

/**
 * Whether two figures count different kinds of casualty: "23 officers had been hurt" / "41
 * people had been detained", "dozens detained" / "dozens hurt" (user trial 21b). Other acts are
 * worded too freely to tell apart ("struck dozens of targets" / "hit dozens of targets").
 */
export function otherCasualties(x: Fact, y: Fact): boolean {
  const [p, q] = [casualtyOf(x), casualtyOf(y)];
  return p !== null && q !== null && p !== q;
}

/**
 * What the same kind of casualty adds to the sameness of two figures, so that a toll pairs with
 * the other side's toll rather than with another count of its sentence (user trial 22). About one
 * rare word.
 */
const SAME_CASUALTY = 2;

/** A casualty kind recorded among what a figure counts (fact-what.ts). */
const isCasualtyKey = (head: string) => head.startsWith('casualty:');

/**
 * Whether two figures share only a casualty kind, no word: "killed eight soldiers" / "the death
 * toll rose to 30" are tied by the dead alone, and count the same dead only if they count one
 * noun (review of truth22).
 */
function casualtyOnly(x: Fact, y: Fact): boolean {
  const words = (f: Fact) => headsOf(f).filter((h) => !isCasualtyKey(h));
  return !words(x).some((p) => words(y).some((q) => sameHead(p, q)));
}

/**
 * Whether two figures name one counted noun, or neither names one: "killed eight soldiers" and "the
 * toll rose to 30, including civilians" may count different dead (review of truth22).
 */
function oneNoun(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity') return false;
  return p.noun === null || q.noun === null ? p.noun === q.noun : sameHead(p.noun, q.noun);
}

/**
 * The clause words two figures share; for two figures of the same kind of casualty, the words of
 * their whole sentences: "Twelve people were killed and 80 injured in a crush at a gate of …
 * Kellan Park stadium on Saturday evening" / "Fifteen people died and 80 were injured when a crowd
 * stampeded at a side gate of Kellan Park on Saturday night" share a gate, a park and a day beyond
 * the clause's reach (user trial 22). Two one-line tolls of a brief ("killed 120 people in Turkey" /
 * "in Syria") share no more. Only for one counted noun, or none on both sides (`oneNoun`).
 */
function tollContext(p: FactPair, m: MatchedFacts, context: number): number {
  if (casualtyBonus(p.a, p.b) === 0 || !oneNoun(p.a, p.b)) return context;
  return Math.max(context, sharedWeight(p.a.sentenceWords, p.b.sentenceWords, m.weights));
}

function casualtyBonus(x: Fact, y: Fact): number {
  const kind = casualtyOf(x);
  return kind !== null && kind === casualtyOf(y) ? SAME_CASUALTY : 0;
}

/**
 * A casualty figure against a figure of no casualty, with other values: "Two people were killed"
 * / "140 people were taken to hospital", "killed at least 12" / "Twenty people were rescued" are
 * two facts (user trial 22). With the same value they may be one toll worded without a casualty
 * verb.
 */
function casualtyAgainstCount(x: Fact, y: Fact): boolean {
  return (casualtyOf(x) === null) !== (casualtyOf(y) === null) && relate(x.interval, y.interval) !== 'same';
}

/** Whether two facts state one value: equal intervals, or one figure converted between two units. */
function sameValue(x: Fact, y: Fact): boolean {
  const units =
    x.claim.kind === 'quantity' && y.claim.kind === 'quantity' ? unitRelation(x.claim, y.claim) : undefined;
  return (units ?? relate(x.interval, y.interval)) === 'same';
}

/** Whether two figures are in units of two dimensions ("40 km" / "40 acres"): never one fact. */
function otherDimensions(x: Fact, y: Fact): boolean {
  if (x.claim.kind !== 'quantity' || y.claim.kind !== 'quantity') return false;
  const [ux, uy] = [unitOf(x.claim), unitOf(y.claim)];
  return ux !== undefined && uy !== undefined && ux.dimension !== uy.dimension;
}

/** Whether two claims can state the same kind of value: same subtype, or a count and a casualty figure. */
function sameKind(x: Fact, y: Fact): boolean {
  if (x.claim.kind === 'date' || y.claim.kind === 'date') return x.claim.kind === y.claim.kind;
  if (y.claim.kind !== 'quantity') return false;
  const [sx, sy] = [x.claim.subtype, y.claim.subtype];
  if (sx === 'odds' || sy === 'odds') return sx === sy && sameOddsDirection(x.claim, y.claim);
  return sx === sy || (COUNTS.has(sx) && COUNTS.has(sy));
}

/**
 * Whether one figure's counted noun stands in the other's sentence in a phrase set off from the
 * other's figure: "backed by two helicopters" / "crews from two nearby towns, along with water
 * bombers and helicopters". The other article names the thing apart and gives it no figure, so
 * its figure counts something else; a noun in the figure's own phrase may be what it counts ("544
 * women who serve as store managers" / "544 store managers"). Units are left out ("40 km" / "25
 * miles of coast": one length in two units).
 */
function countsAnother(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity' || !p.noun || !q.noun || sameHead(p.noun, q.noun))
    return false;
  if (unitOf(p) !== undefined || unitOf(q) !== undefined) return false;
  return y.setOff.has(p.noun) || x.setOff.has(q.noun);
}

/**
 * How strongly two facts are the same fact; zero when they are not. They must count or date
 * the same thing (a shared head word), and either stand in aligned sentences or share words
 * of their clauses. Names and alignment add to the score.
 */
export function sameness(ctx: CompareContext, x: Fact, y: Fact, w: Map<string, number>): number {
  if (!sameKind(x, y) || otherCasualties(x, y) || casualtyAgainstCount(x, y) || otherDimensions(x, y))
    return 0;
  if (countsAnother(x, y)) return 0;
  // "2,300 crowns a year" / "190 crowns more a month": rates over two spans (fact-rate.ts).
  if (x.per !== undefined && y.per !== undefined && x.per !== y.per) return 0;
  const link = linkOf(ctx, x.claim, y.claim);
  const context = sharedWeight(x.context, y.context, w);
  const linkScore = link ? (link.relation === 'equivalent' ? 3 : 2) : 0;
  const names = sharedWeight(x.names, y.names, w) / 2;
  // "$43 million in taxes" / "$139 million in income": two named things are two facts, whatever the verb.
  // So are two tolls tied only by the dead under two nouns ("killing 15 passengers" / "died when two
  // trains collided": review of truth22b).
  const named =
    (x.what.size > 0 && y.what.size > 0 && !shareWhat(x, y)) || (casualtyOnly(x, y) && !oneNoun(x, y));
  // "five sites" / "five locations" in aligned sentences on the same subject: the same figure of one thing.
  // Equivalent sentences sharing most of a clause state one fact even with no head word ("on April 21").
  if (named || !shareHeadOrVerb(x, y)) {
    // One figure told in two units is named by two nouns ("40 km" / "25 miles" of coast): the same
    // value, converted, in linked sentences that share the clause's words.
    const same = link !== undefined && context >= CONTEXT_MIN && sameValue(x, y);
    return same || isTwin(link, context) ? context + names + linkScore : 0;
  }
  if (!link && context < CONTEXT_MIN) return 0;
  const verb = x.verb !== undefined && x.verb === y.verb ? (w.get(x.verb) ?? 0) : 0;
  return 2 * sharedWeight(x.what, y.what, w) + casualtyBonus(x, y) + verb + context + names + linkScore;
}

/** Precisions that give a number. */
const NUMBERED: ReadonlySet<string> = new Set(['exact', 'approximate', 'lower-bound', 'upper-bound']);

/** In how many of the pair's sentences a counted noun may stand to tie two figures on its own. */
const RARE_NOUN_SENTENCES = 3;

const rareWeights = new WeakMap<Map<string, number>, number>();

/**
 * The weight of a word in `RARE_NOUN_SENTENCES` of the pair's sentences: the weight of a word in
 * one sentence (the largest) less log of that count, whatever the articles' length (weights.ts).
 */
export function rareWeight(w: Map<string, number>): number {
  let found = rareWeights.get(w);
  if (found === undefined) {
    let top = 0;
    for (const v of w.values()) if (v > top) top = v;
    found = top - Math.log(RARE_NOUN_SENTENCES);
    rareWeights.set(w, found);
  }
  return found;
}

/**
 * Whether two figures count one rare noun that no other figure of either article counts: "sending
 * at least 20 vehicles into the water" / "Twenty-three vehicles went into the river" (user trial
 * 22). A common noun ("people") or one counted twice on a side ("30 homes in Alder Creek and 45
 * homes in Pine Hollow") ties nothing. The refinement of a floor asks for it (quantity.ts), in
 * linked sentences: a noun alone pairs no figures of sentences told apart ("At least 20 cars were
 * set on fire" / "Twenty-three cars were towed away": review of truth22b).
 */
export function soleNoun(ctx: CompareContext, x: Fact, y: Fact, w: Map<string, number>): boolean {
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity' || p.noun === null || p.noun !== q.noun) return false;
  // Tolls of different scopes abound ("more than 400 people died on mountain roads last year"):
  // casualty figures are tied by their sentences (`tollContext`), never by a noun alone.
  if (p.subtype !== 'count' || q.subtype !== 'count') return false;
  // "Several residents" are some residents, not a count of them all.
  if ((w.get(p.noun) ?? 0) < rareWeight(w) || !NUMBERED.has(p.precision) || !NUMBERED.has(q.precision))
    return false;
  const counting = (side: 'a' | 'b') =>
    factsOf(ctx[side], side).filter((f) => f.claim.kind === 'quantity' && f.claim.noun === p.noun).length;
  return counting('a') === 1 && counting('b') === 1;
}

/** Whether a fact pair stands in twin sentences (see `isTwin`): one sentence told twice. */
export function inTwins(ctx: CompareContext, p: FactPair, m: MatchedFacts): boolean {
  const context = sharedWeight(p.a.context, p.b.context, m.weights);
  return isTwin(ctx.linked.get(`${p.a.claim.sentence}|${p.b.claim.sentence}`), context);
}

/** Equivalent sentences that share three times the clause words a match needs: one sentence told twice. */
function isTwin(link: AlignmentLink | undefined, context: number): boolean {
  return link?.relation === 'equivalent' && context >= 3 * CONTEXT_MIN;
}
