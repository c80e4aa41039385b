import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import { type KeyOf, soleBy } from './fact-level.js';
import type { FactPair } from './fact-pairs.js';
import { rareWeight } from './fact-same.js';
import { relate } from './interval.js';

// One act dated once by each article (issue 10; blind 47, whose writer set "The bridge was last
// inspected in April 2024" against "… last inspected in March 2023", sentences the alignment did
// not link and that share no name, so the dates were never one fact). Inputs: the date facts of
// both sides (fact.ts: the verb a date dates) and the pair's lemma weights. A rare verb that each
// article dates once, with a written-out date, in clauses that share a word beyond the verb (the
// bridge inspected), is one event: the two dates are two answers to "when". A verb dated twice on a side ("inspected in
// 2019 … inspected again in March") is left to the ordinary matching.

/** A date fact's act when the date is written out ("in March 2023", not "on Tuesday") and the verb is rare in the pair. */
const actOf: KeyOf = (f, w) => {
  const d = f.claim;
  if (d.kind !== 'date' || d.reference !== 'absolute' || f.verb === undefined) return undefined;
  return (w.get(f.verb) ?? 0) >= rareWeight(w) ? f.verb : undefined;
};

/** The date facts of one side by their act, for acts that only one date fact dates (fact-level.ts `soleBy`). */
const soleByAct = (facts: Fact[], w: Map<string, number>) => soleBy(facts, w, actOf);

/** Whether two clauses share a word beyond the act: what was inspected, who voted. */
const shareClause = (x: Fact, y: Fact) => [...x.context].some((l) => l !== x.verb && y.context.has(l));

/** Pairs of date facts that date one rare act, each its article's only date of it. */
export function soleDatedActs(
  ctx: CompareContext,
  as: Fact[],
  bs: Fact[],
  w: Map<string, number>,
): FactPair[] {
  const [onceA, onceB] = [soleByAct(as, w), soleByAct(bs, w)];
  const out: FactPair[] = [];
  for (const [act, a] of onceA) {
    const b = onceB.get(act);
    if (!b || !shareClause(a, b)) continue;
    out.push({
      a,
      b,
      score: sharedWeight(a.context, b.context, w) + 1,
      linked: linkOf(ctx, a.claim, b.claim) !== undefined,
      relation: relate(a.interval, b.interval),
    });
  }
  return out;
}

/** Whether a date pair is such a pair (`soleDatedActs`): firm ground for a divergence. */
export function isSoleDatedAct(p: FactPair, facts: Record<Side, Fact[]>, w: Map<string, number>): boolean {
  const act = actOf(p.a, w);
  return (
    act !== undefined &&
    act === actOf(p.b, w) &&
    shareClause(p.a, p.b) &&
    soleByAct(facts.a, w).get(act) === p.a &&
    soleByAct(facts.b, w).get(act) === p.b
  );
}
