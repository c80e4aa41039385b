import { type CompareContext, linkedSentences, linkOf } from '../context.js';
import { claimRef, claimSpan } from '../spans.js';
import type { Fact } from './fact.js';
import { headsOf, sameness } from './fact-same.js';
import type { IntervalRelation } from './interval.js';
import { relateFacts } from './share-relation.js';

// Inputs: the facts of both sides (fact.ts) and the pair's lemma weights. Which facts of the two
// sides may be the same fact (candidates, scored by fact-same.ts), from which the matching step
// (fact-match.ts) chooses one to one, and the evidence of a finding on a chosen pair.

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

/** Index keys of a fact: its head words and their first four letters. */
const keys = (f: Fact): string[] => headsOf(f).flatMap((w) => [w, `~${w.slice(0, 4)}`]);

/**
 * Candidate pairs, scored: facts sharing a head-word key, and facts of aligned sentences.
 * Near-linear: both come from indexes, never from all pairs.
 */
export function candidates(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
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
            relation: relateFacts(a, b),
          });
      }
    }
  }
  return out;
}

/** The evidence of a finding on a fact pair: each claim's span, and both claim ids. */
export function pairEvidence(p: FactPair, subject: string) {
  return {
    a: [claimSpan(p.a.claim)],
    b: [claimSpan(p.b.claim)],
    claims: [claimRef('a', p.a.claim), claimRef('b', p.b.claim)],
    subject,
  };
}
