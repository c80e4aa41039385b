import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { ActorRef, BlameClaim } from '../../../model/claim.js';
import { actorLineage, isGenericActor, namedGroups } from '../../../text/actors.js';
import { type CompareContext, type FindingDraft, linkedSentences, linkOf, outlet } from '../context.js';
import { once } from '../once.js';
import { claimRef, claimSpan } from '../spans.js';
import type { MatchedFacts } from './fact-match.js';
import { type Candidate, claimsOf, matchGreedy } from './match.js';

/**
 * Two blame claims are about the same act when the act's head word is the same
 * ("the rocket fire" / "rockets fired") or their sentences are aligned.
 */
function score(ctx: CompareContext, a: BlameClaim, b: BlameClaim): number {
  const sameAct = a.act.lemma === b.act.lemma;
  const link = linkOf(ctx, a, b);
  if (!sameAct && !link) return 0;
  return (
    (sameAct ? 3 : 0) + (link ? 2 : 0) + (a.agent.group !== null && a.agent.group === b.agent.group ? 1 : 0)
  );
}

/** Per source, the groups its text names by name (see `namedGroups`), built once. */
const namedIn = once((source: AnalyzedSource) => namedGroups(source.text));

/**
 * How an agent is named: `generic` for a generic label ("government forces") in a story that names
 * none of its group's lineage elsewhere (a story about Turkey), else `named`. Only two agents named
 * alike are compared: in such a story "government forces" may be Turkey's own.
 */
function namedBy(ctx: CompareContext, agent: ActorRef): 'generic' | 'named' {
  if (!agent.group || !isGenericActor(agent)) return 'named';
  const placed = actorLineage(agent.group).some((g) => namedIn(ctx.a).has(g) || namedIn(ctx.b).has(g));
  return placed ? 'named' : 'generic';
}

const by = (c: BlameClaim) => (c.blamedBy ? ` (according to ${c.blamedBy.text})` : '');

/**
 * Same agent: agreement; a different known agent for the same act: divergence. Only when both
 * agents are named alike (`namedBy`).
 */
function judge(ctx: CompareContext, a: BlameClaim, b: BlameClaim): FindingDraft | null {
  const base = {
    a: [claimSpan(a)],
    b: [claimSpan(b)],
    claims: [claimRef('a', a), claimRef('b', b)],
    subject: 'blame',
  };
  const [oa, ob] = [outlet(ctx, 'a'), outlet(ctx, 'b')];
  if (namedBy(ctx, a.agent) !== namedBy(ctx, b.agent)) return null;
  if (a.agent.group !== null && a.agent.group === b.agent.group) {
    return {
      ...base,
      kind: 'agreement',
      ruleId: 'compare/blame-agreement',
      salience: 0.35,
      explanation: `Both hold the same party responsible: ${oa} '${a.agent.text}'${by(a)}, ${ob} '${b.agent.text}'${by(b)}.`,
    };
  }
  if (a.agent.group !== null && b.agent.group !== null) {
    return {
      ...base,
      kind: 'divergence',
      ruleId: 'compare/blame-divergence',
      salience: 0.97,
      // The act is quoted as extracted: unquoted, a passive one read as broken text ("blames
      // 'government forces' for shelled").
      explanation: `${oa} blames '${a.agent.text}'${by(a)} for '${a.act.text}', ${ob} blames '${b.agent.text}'${by(b)}.`,
    };
  }
  return null;
}

/**
 * Candidate pairs of blame claims: those with the same act lemma, and those in aligned
 * sentences, found through two indexes (near-linear; no pair with a zero score is listed).
 */
function candidates(ctx: CompareContext, ba: BlameClaim[], bb: BlameClaim[]): Candidate<BlameClaim>[] {
  const index = new Map<string, BlameClaim[]>();
  const add = (key: string, c: BlameClaim) => index.set(key, [...(index.get(key) ?? []), c]);
  for (const b of bb) {
    add(`act:${b.act.lemma}`, b);
    add(`s:${b.sentence}`, b);
  }
  const aligned = linkedSentences(ctx);
  const out: Candidate<BlameClaim>[] = [];
  for (const a of ba) {
    const keys = [`act:${a.act.lemma}`, ...(aligned.get(a.sentence) ?? []).map((sb) => `s:${sb}`)];
    const seen = new Set<BlameClaim>();
    for (const b of keys.flatMap((k) => index.get(k) ?? [])) {
      if (seen.has(b)) continue;
      seen.add(b);
      const value = score(ctx, a, b);
      if (value > 0) out.push({ a, b, score: value });
    }
  }
  return out;
}

/** Matches blame claims across sides, one to one (part of the matching step, `matchFacts`). */
export function matchBlame(ctx: CompareContext): Candidate<BlameClaim>[] {
  const found = candidates(ctx, claimsOf(ctx.a.claims, 'blame'), claimsOf(ctx.b.claims, 'blame'));
  return matchGreedy(found, (c) => [c.a, c.b]);
}

/** Judges the agents of the blame claims the matching step paired. */
export function compareBlame(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.blame.map(({ a, b }) => judge(ctx, a, b)).filter((f): f is FindingDraft => f !== null);
}
