import type { BlameClaim, Claim } from '../../../model/claim.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Side } from '../../../model/span.js';
import { type SentencePair, similarSentences } from '../agreement/sentence-pairs.js';
import type { CompareContext } from '../context.js';
import { contentLemmas, lemmaWeights } from '../weights.js';
import { matchBlame } from './blame.js';
import { type Fact, factsOf } from './fact.js';
import { counterpartIds } from './fact-counterparts.js';
import { soleDatedActs } from './fact-dated-act.js';
import { soleLevels } from './fact-level.js';
import { candidates, type FactPair } from './fact-pairs.js';
import { solePeriods } from './fact-period.js';
import { renamedCounts } from './fact-renamed.js';
import type { IntervalRelation } from './interval.js';
import { type Candidate, matchGreedy } from './match.js';
import { relateFacts } from './share-relation.js';
import { leadTolls } from './toll.js';

/**
 * What the matching step hands to every compare rule: the facts and claims it paired, and the
 * claims each side answers.
 */
export interface MatchedFacts {
  facts: Record<Side, Fact[]>;
  /** For each fact, the other side's facts that are the same fact (every candidate, before one-to-one matching). */
  candidatesOf: Map<Fact, Fact[]>;
  quantities: FactPair[];
  dates: FactPair[];
  /** Sentences of the two sides that report the same thing, strongest first (see `similarSentences`). */
  sentences: SentencePair[];
  /** Lemma weights of the pair (see `lemmaWeights`). */
  weights: Map<string, number>;
  /** Blame claims about the same act, one to one (see `matchBlame`). */
  blame: Candidate<BlameClaim>[];
  /**
   * Every matched pair of claims: quantities, dates, then blame. The attribution rule compares
   * their sourcing.
   */
  claimPairs: { a: Claim; b: Claim }[];
  /**
   * Per side, the ids of claims the other article answers: matched figures, dates and blame, and
   * loosely tied facts whose value the other side states (see `counterpartIds`). The omission rule
   * does not report them as left out.
   */
  answered: Record<Side, Set<string>>;
}

/** The claims a fact pair stands for. */
const factClaims = (p: FactPair): [Claim, Claim] => [p.a.claim, p.b.claim];

/**
 * The matching step (issue 10, issue 14): builds the facts of both sides and pairs the same
 * facts across the whole other article, not only across aligned sentences. Later rules take
 * the result as input: fact pairs, blame pairs, and the claims each side answers.
 */
export function matchFacts(ctx: CompareContext): MatchedFacts {
  const carrying = [...ctx.a.sentences, ...ctx.b.sentences].filter(carriesClaims);
  const lemmas = new Map(carrying.map((s) => [s, contentLemmas(s)]));
  const weights = lemmaWeights([...lemmas.values()]);
  const facts = { a: factsOf(ctx.a, 'a'), b: factsOf(ctx.b, 'b') };
  const of = (kind: 'quantity' | 'date', side: Side) => facts[side].filter((f) => f.claim.kind === kind);
  const found = {
    quantities: candidates(ctx, of('quantity', 'a'), of('quantity', 'b'), weights),
    dates: candidates(ctx, of('date', 'a'), of('date', 'b'), weights),
  };
  // "five sites" / "five locations": one count under two nouns, which the head-word index misses;
  // one measure or toll each article states once, or in its lead, however worded.
  const paired = new Set(found.quantities.map((p) => p.a.claim.id + p.b.claim.id));
  const [qa, qb] = [of('quantity', 'a'), of('quantity', 'b')];
  const datesPaired = new Set(found.dates.map((p) => p.a.claim.id + p.b.claim.id));
  for (const p of soleDatedActs(ctx, of('date', 'a'), of('date', 'b'), weights))
    if (!datesPaired.has(p.a.claim.id + p.b.claim.id)) found.dates.push(p);
  for (const p of [
    ...renamedCounts(ctx, qa, qb, weights),
    ...solePeriods(ctx, qa, qb, weights),
    ...soleLevels(ctx, qa, qb, weights),
    ...leadTolls(ctx, facts.a, facts.b, weights, relateFacts),
  ])
    if (!paired.has(p.a.claim.id + p.b.claim.id)) found.quantities.push(p);
  // One to one, strongest first (fact ids are their claims' ids: a fact per claim).
  const quantities = matchGreedy(found.quantities, factClaims);
  const dates = matchGreedy(found.dates, factClaims);
  const blame = matchBlame(ctx);
  const claimPairs = [
    ...[...quantities, ...dates].map((p) => ({ a: p.a.claim as Claim, b: p.b.claim as Claim })),
    ...blame.map(({ a, b }) => ({ a: a as Claim, b: b as Claim })),
  ];
  const answered = counterpartIds(ctx, facts);
  for (const p of claimPairs) {
    answered.a.add(p.a.id);
    answered.b.add(p.b.id);
  }
  const sentences = similarSentences(ctx, lemmas, weights);
  const candidatesOf = new Map<Fact, Fact[]>();
  for (const p of [...found.quantities, ...found.dates]) {
    candidatesOf.set(p.a, [...(candidatesOf.get(p.a) ?? []), p.b]);
    candidatesOf.set(p.b, [...(candidatesOf.get(p.b) ?? []), p.a]);
  }
  return { facts, candidatesOf, quantities, dates, sentences, weights, blame, claimPairs, answered };
}

/**
 * Whether the other article states a value for the same fact as `fact` that `compatible`
 * accepts, anywhere: "HuffPost also reports $750,000", "Fox also gives June 25". Every
 * candidate pair of the fact counts, not only its matched partner.
 */
export function statedElsewhere(
  m: MatchedFacts,
  fact: Fact,
  compatible: (relation: IntervalRelation) => boolean,
): boolean {
  return (m.candidatesOf.get(fact) ?? []).some((other) => compatible(relateFacts(fact, other)));
}
