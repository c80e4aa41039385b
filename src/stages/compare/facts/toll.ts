import { isSuperlativeQualifier } from '../../../lexicons/quantity-qualifiers.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import { otherNames } from './fact-level.js';
import type { FactPair } from './fact-pairs.js';
import type { IntervalRelation } from './interval.js';

// Tolls as news reports them (issue 10; blind sets 43, 44, 46 and 47, whose writers set "at least 14
// people" against "At least 17 people were killed", "killing at least seven" against "kills 11").
// Two things a toll's interval alone misses:
// - "At least 11 people were killed" vouches for 11 dead and knows of no more: "at least" is a
//   superlative modifier (Geurts & Nouwen 2007, Language 83(3); `superlative` in
//   quantity-qualifiers.yaml), so two outlets' "at least 7" and "at least 11" report two counts of
//   the dead, not two compatible floors. Only for casualties: a floor of other counts ("at least
//   20 vehicles" / "23 vehicles") stays a floor that a larger count refines (quantity.ts).
// - The lead reports the event's toll (the inverted pyramid: Pöttker 2003, Journalism Studies 4(4)):
//   the toll of one kind in each headline, or in each article's first two body paragraphs, is one
//   fact, the event's toll, even where the two sentences share too few words to be aligned; not
//   when a lead gives two counts of it, when the two sentences name different places or people,
//   or when the alignment links them (then the ordinary test of one fact decides: "A strike on a
//   school killed 22" / "A strike on a market killed 15").

/** The count a casualty figure reports: its exact value, or the number a superlative floor vouches for. */
function reportedCount(q: QuantityClaim): number | undefined {
  if (q.precision === 'exact') return q.value;
  if (q.precision === 'lower-bound' && q.qualifier !== undefined && isSuperlativeQualifier(q.qualifier))
    return q.min;
  return undefined;
}

/**
 * How two tolls of one kind of casualty relate when at least one is a superlative floor: as the
 * counts they report ("at least 7" / "at least 11": disjoint; "at least 7" / "7": the same).
 * Undefined otherwise, for the interval to decide.
 */
export function tollRelation(x: QuantityClaim, y: QuantityClaim): IntervalRelation | undefined {
  if (x.subtype !== 'casualty' || y.subtype !== 'casualty' || !x.casualty || x.casualty !== y.casualty)
    return undefined;
  if (x.precision === 'exact' && y.precision === 'exact') return undefined;
  const [p, q] = [reportedCount(x), reportedCount(y)];
  if (p === undefined || q === undefined) return undefined;
  return p === q ? 'same' : 'disjoint';
}

/** Whether a reported count was read from a superlative floor: the explanation says the counts differ, not that both cannot be right. */
export const isReportedFloor = (q: QuantityClaim): boolean =>
  q.subtype === 'casualty' && q.precision === 'lower-bound' && reportedCount(q) !== undefined;

/** How many body paragraphs make an article's lead: the lede and the paragraph after it. */
const LEAD_PARAGRAPHS = 2;

type Place = 'headline' | 'lead';

const leadCache = new WeakMap<Sentence[], ReadonlySet<number>>();

/** The paragraphs of an article's lead: its first `LEAD_PARAGRAPHS` body paragraphs. */
function leadParagraphs(sentences: Sentence[]): ReadonlySet<number> {
  let lead = leadCache.get(sentences);
  if (!lead) {
    const body = [...new Set(sentences.filter((x) => x.role === 'body').map((x) => x.paragraph))];
    lead = new Set(body.slice(0, LEAD_PARAGRAPHS));
    leadCache.set(sentences, lead);
  }
  return lead;
}

/** Where a sentence stands for the lead toll: the headline, the lead's body paragraphs, or neither. */
function placeOf(sentences: Sentence[], s: Sentence | undefined): Place | undefined {
  if (s?.role === 'headline') return 'headline';
  return s?.role === 'body' && leadParagraphs(sentences).has(s.paragraph) ? 'lead' : undefined;
}

/** A toll's key: where it stands and the kind of casualty it counts. */
function keyOf(ctx: CompareContext, side: Side, f: Fact): string | undefined {
  const q = f.claim;
  if (q.kind !== 'quantity' || q.subtype !== 'casualty' || !q.casualty || f.part || f.whole) return undefined;
  const place = placeOf(ctx[side].sentences, ctx.sentence[side].get(q.sentence));
  return place === undefined ? undefined : `${place}:${q.casualty}`;
}

// A side's lead tolls depend on its source alone: found once for its facts (fact.ts `factsOf`, one
// array a source and side), read by the matching step and again by the divergence rule.
const tollsCache = new WeakMap<Fact[], Map<string, Fact>>();

/**
 * The toll of each place and kind on one side: the first, when every toll of that place and kind
 * reports the same count. A lead that gives two ("Four officers were injured … Three officers were
 * injured in the second night") tells two scopes, and none is the event's toll. `facts` are all
 * the side's facts (`MatchedFacts.facts`).
 */
function firstTolls(ctx: CompareContext, side: Side, facts: Fact[]): Map<string, Fact> {
  const known = tollsCache.get(facts);
  if (known) return known;
  const first = new Map<string, Fact>();
  const told = new Set<string>();
  for (const f of facts) {
    const k = keyOf(ctx, side, f);
    if (k === undefined) continue;
    const held = first.get(k);
    if (!held) first.set(k, f);
    else if (reportedCount(held.claim as QuantityClaim) !== reportedCount(f.claim as QuantityClaim))
      told.add(k);
  }
  for (const k of told) first.delete(k);
  tollsCache.set(facts, first);
  return first;
}

/** One counted noun, or none on both sides: "Six people" / "At least nine people", "kills 14" / "17 dead". */
const sameNoun = (x: Fact, y: Fact): boolean =>
  (x.claim as QuantityClaim).noun === (y.claim as QuantityClaim).noun;

/**
 * Whether two tolls of one place and kind are the event's toll on both sides: one counted noun,
 * no names that tell two places apart, and, in the leads, sentences the alignment does not link
 * (linked ones are judged by the ordinary test of one fact). Headlines, each the outlet's summary
 * of the whole event, are paired however the alignment links them.
 */
const pairable = (ctx: CompareContext, key: string, a: Fact, b: Fact): boolean =>
  sameNoun(a, b) &&
  !otherNames(a, b) &&
  (key.startsWith('headline:') || linkOf(ctx, a.claim, b.claim) === undefined);

/**
 * Pairs of lead tolls: the first toll of one kind in both headlines, or in both leads, of one
 * counted noun. `as` and `bs` are all the facts of each side (`MatchedFacts.facts`).
 */
export function leadTolls(
  ctx: CompareContext,
  as: Fact[],
  bs: Fact[],
  w: Map<string, number>,
  relate: (x: Fact, y: Fact) => IntervalRelation,
): FactPair[] {
  const [fa, fb] = [firstTolls(ctx, 'a', as), firstTolls(ctx, 'b', bs)];
  const out: FactPair[] = [];
  for (const [k, a] of fa) {
    const b = fb.get(k);
    if (!b || !pairable(ctx, k, a, b)) continue;
    out.push({
      a,
      b,
      score: sharedWeight(a.sentenceWords, b.sentenceWords, w) + 1,
      linked: linkOf(ctx, a.claim, b.claim) !== undefined,
      relation: relate(a, b),
    });
  }
  return out;
}

/** Whether a fact pair is a pair of lead tolls (`leadTolls`): firm ground for a divergence. */
export function isLeadToll(ctx: CompareContext, p: FactPair, facts: Record<Side, Fact[]>): boolean {
  const k = keyOf(ctx, 'a', p.a);
  if (k === undefined || k !== keyOf(ctx, 'b', p.b) || !pairable(ctx, k, p.a, p.b)) return false;
  return firstTolls(ctx, 'a', facts.a).get(k) === p.a && firstTolls(ctx, 'b', facts.b).get(k) === p.b;
}

/** The key of a toll pair by what it reports: the kind of casualty and each side's count; undefined for other figures. */
function reportedKey(p: FactPair): string | undefined {
  const [x, y] = [p.a.claim, p.b.claim];
  if (x.kind !== 'quantity' || y.kind !== 'quantity' || x.subtype !== 'casualty' || y.subtype !== 'casualty')
    return undefined;
  const [cx, cy] = [reportedCount(x), reportedCount(y)];
  return cx === undefined || cy === undefined ? undefined : `${x.casualty}|${cx}|${cy}`;
}

/**
 * One pair per toll told twice on both sides: "14 dead" / "17 dead" in the headlines and "At least
 * 14 people died" / "Seventeen people were killed" in the leads are one divergence, shown once, at
 * the pair whose sentences are not both headlines (its words say more).
 */
export function onePerToll(ctx: CompareContext, pairs: FactPair[]): FactPair[] {
  const headline = (p: FactPair) =>
    ctx.sentence.a.get(p.a.claim.sentence)?.role === 'headline' &&
    ctx.sentence.b.get(p.b.claim.sentence)?.role === 'headline';
  const chosen = new Map<string, FactPair>();
  for (const p of pairs) {
    const k = reportedKey(p);
    if (k === undefined) continue;
    const held = chosen.get(k);
    if (!held || (headline(held) && !headline(p))) chosen.set(k, p);
  }
  return pairs.filter((p) => {
    const k = reportedKey(p);
    return k === undefined || chosen.get(k) === p;
  });
}
