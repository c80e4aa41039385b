import type { BlameClaim, Claim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type SentencePair, similarSentences } from '../agreement/sentence-pairs.js';
import { type CompareContext, linkedSentences, linkOf } from '../context.js';
import { claimRef, claimSpan } from '../spans.js';
import { contentLemmas, lemmaWeights } from '../weights.js';
import { matchBlame } from './blame.js';
import { type Fact, factsOf } from './fact.js';
import { solePeriods } from './fact-period.js';
import { renamedCounts } from './fact-renamed.js';
import { headsOf, sameness, shareHeadOrVerb } from './fact-same.js';
import { type IntervalRelation, relate } from './interval.js';
import type { Candidate } from './match.js';

/** Two facts taken to be the same fact, with how strongly, and how their values relate. */
export interface FactPair {
  a: Fact;
  b: Fact;
  /** Sameness: shared head words, shared clause words and names, aligned sentences. */
  score: number;
  /** Whether the alignment links their sentences. */
  linked: boolean;
  relation: IntervalRelation;
}

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

/** Index keys of a fact: its head words and their first four letters. */
const keys = (f: Fact): string[] => headsOf(f).flatMap((w) => [w, `~${w.slice(0, 4)}`]);

/**
 * Candidate pairs, scored: facts sharing a head-word key, and facts of aligned sentences.
 * Near-linear: both come from indexes, never from all pairs.
 */
function candidates(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
  const index = new Map<string, Fact[]>();
  for (const b of bs) {
    for (const k of [...keys(b), `@${b.claim.sentence}`]) index.set(k, [...(index.get(k) ?? []), b]);
  }
  const linked = linkedSentences(ctx);
  const out: FactPair[] = [];
  for (const a of as) {
    const seen = new Set<Fact>();
    const aligned = (linked.get(a.claim.sentence) ?? []).map((sb) => `@${sb}`);
    for (const k of [...keys(a), ...aligned]) {
      for (const b of index.get(k) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        const score = sameness(ctx, a, b, w);
        if (score > 0)
          out.push({
            a,
            b,
            score,
            linked: !!linkOf(ctx, a.claim, b.claim),
            relation: relate(a.interval, b.interval),
          });
      }
    }
  }
  return out;
}

/** One-to-one, strongest first; ties broken by the unordered pair of offsets, so b-vs-a picks the same pairs. */
function greedy(pairs: FactPair[]): FactPair[] {
  const key = (p: FactPair) => [
    Math.min(p.a.claim.start, p.b.claim.start),
    Math.max(p.a.claim.start, p.b.claim.start),
  ];
  const sorted = [...pairs].sort((x, y) => {
    if (y.score !== x.score) return y.score - x.score;
    const [kx, ky] = [key(x), key(y)];
    return kx[0] - ky[0] || kx[1] - ky[1];
  });
  const [usedA, usedB] = [new Set<Fact>(), new Set<Fact>()];
  return sorted.filter((p) => {
    if (usedA.has(p.a) || usedB.has(p.b)) return false;
    usedA.add(p.a);
    usedB.add(p.b);
    return true;
  });
}

/**
 * The matching step (issue 10, issue 14): builds the facts of both sides and pairs the same
 * facts across the whole other article, not only across aligned sentences. Later rules take
 * the result as input: fact pairs, blame pairs, and the claims each side answers.
 */
export function matchFacts(ctx: CompareContext): MatchedFacts {
  const carrying = [...ctx.a.sentences, ...ctx.b.sentences].filter(
    (s) => s.role === 'body' || s.role === 'headline',
  );
  const lemmas = new Map(carrying.map((s) => [s, contentLemmas(s)]));
  const weights = lemmaWeights([...lemmas.values()]);
  const facts = { a: factsOf(ctx.a, 'a'), b: factsOf(ctx.b, 'b') };
  const of = (kind: 'quantity' | 'date', side: Side) => facts[side].filter((f) => f.claim.kind === kind);
  const found = {
    quantities: candidates(ctx, of('quantity', 'a'), of('quantity', 'b'), weights),
    dates: candidates(ctx, of('date', 'a'), of('date', 'b'), weights),
  };
  // "five sites" / "five locations": one count under two nouns, which the head-word index misses.
  const paired = new Set(found.quantities.map((p) => p.a.claim.id + p.b.claim.id));
  const [qa, qb] = [of('quantity', 'a'), of('quantity', 'b')];
  for (const p of [...renamedCounts(ctx, qa, qb, weights), ...solePeriods(ctx, qa, qb, weights)])
    if (!paired.has(p.a.claim.id + p.b.claim.id)) found.quantities.push(p);
  const quantities = greedy(found.quantities);
  const dates = greedy(found.dates);
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
  return (m.candidatesOf.get(fact) ?? []).some((other) => compatible(relate(fact.interval, other.interval)));
}

/** The value of a fact as a key: kind, subtype and interval ("quantity:duration:2:2"). */
function valueKey(f: Fact): string | undefined {
  if (f.interval === 'unknown') return undefined;
  const subtype = f.claim.kind === 'quantity' ? f.claim.subtype : 'date';
  return `${f.claim.kind}:${subtype}:${f.interval.min}:${f.interval.max}`;
}

/**
 * Facts too loosely tied to be judged, but whose value the other article states for the same
 * kind of thing ("two-day negotiations" / "two-day talks"), count as answered so that no rule
 * reports them as left out. They get no finding of their own: only the omission rule reads this.
 */
function counterpartIds(ctx: CompareContext, facts: Record<Side, Fact[]>): Record<Side, Set<string>> {
  const ids = { a: new Set<string>(), b: new Set<string>() };
  const byValue = new Map<string, Fact[]>();
  for (const f of facts.b) {
    const key = valueKey(f);
    if (key) byValue.set(key, [...(byValue.get(key) ?? []), f]);
  }
  for (const a of facts.a) {
    const key = valueKey(a);
    for (const b of key ? (byValue.get(key) ?? []) : []) {
      if (!shareHeadOrVerb(a, b) && !linkOf(ctx, a.claim, b.claim)) continue;
      ids.a.add(a.claim.id);
      ids.b.add(b.claim.id);
    }
  }
  return ids;
}

/** The other side. */
export const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Values that can both be true: any relation but disjoint. */
export const compatible = (r: IntervalRelation): boolean => r !== 'disjoint';

/** The evidence of a finding on a fact pair: each claim's span, and both claim ids. */
export function pairEvidence(p: FactPair, subject: string) {
  return {
    a: [claimSpan(p.a.claim)],
    b: [claimSpan(p.b.claim)],
    claims: [claimRef('a', p.a.claim), claimRef('b', p.b.claim)],
    subject,
  };
}
