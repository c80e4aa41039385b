import type { QuantityClaim } from '../../../model/claim.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import type { FactPair } from './fact-pairs.js';
import { CONTEXT_MIN, shareWhat } from './fact-same.js';

// One count named by two nouns (issue 10): "the ministry was weighing five sites for a
// depot" / "five locations were on the list for the depot". Inputs: the count facts of
// both sides (fact.ts), the alignment and the pair's lemma weights. The head-word test of
// `sameness` refuses these pairs; this test accepts them only where nothing else could be meant.

/**
 * A count of at least three, stated exactly, that counts a named thing. One and two are the
 * commonest counts in news ("two aides", "two lawmakers"): the value alone tells too little.
 */
function exactCount(f: Fact): f is Fact & { claim: QuantityClaim } {
  const q = f.claim;
  return (
    q.kind === 'quantity' &&
    q.subtype === 'count' &&
    q.precision === 'exact' &&
    q.value !== undefined &&
    q.value >= 3 &&
    f.what.size > 0
  );
}

/** How many count facts of `facts` have `value`. */
function withValue(facts: Fact[], value: number): number {
  return facts.filter((f) => exactCount(f) && f.claim.value === value).length;
}

/**
 * Pairs of counts with the same value and different nouns, taken as one fact when: their
 * sentences are aligned and share names (who and when: "Trump … Tuesday" both), neither is
 * quoted, the value is stated by no other count in either article, and neither article counts
 * the other's noun anywhere ("five sites" would be another fact if the other also had "sites").
 * Its score is the shared names and clause words, like a pair `sameness` accepts.
 */
export function renamedCounts(
  ctx: CompareContext,
  as: Fact[],
  bs: Fact[],
  w: Map<string, number>,
): FactPair[] {
  const out: FactPair[] = [];
  const countsB = bs.filter(exactCount);
  for (const a of as.filter(exactCount)) {
    if (a.quoted || withValue(as, a.claim.value as number) !== 1) continue;
    for (const b of countsB) {
      if (b.quoted || b.claim.value !== a.claim.value || shareWhat(a, b)) continue;
      const link = linkOf(ctx, a.claim, b.claim);
      const names = sharedWeight(a.names, b.names, w);
      if (!link || names < CONTEXT_MIN || withValue(bs, b.claim.value as number) !== 1) continue;
      if (bs.some((f) => shareWhat(a, f)) || as.some((f) => shareWhat(f, b))) continue;
      const score = sharedWeight(a.context, b.context, w) + names / 2 + 1;
      out.push({ a, b, score, linked: true, relation: 'same' });
    }
  }
  return out;
}
