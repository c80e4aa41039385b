import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import type { FactPair } from './fact-pairs.js';
import { rareWeight } from './fact-same.js';
import { relateFacts } from './share-relation.js';

// One measure stated by each article, each as the complement of a linking verb: "Turnout was 38.4
// percent" / "Turnout was 41 percent" (blind 39 reader: the other article gives the turnout with
// another figure, so calling it left out was wrong). Inputs: the quantity facts of both sides
// (fact.ts `level`, read by fact-what.ts `levelSubject`) and the pair's lemma weights. The
// head-word index misses such pairs when the sentences share no other word; a rare subject that
// each article measures once, with a figure of one kind, is one fact wherever it stands. A subject
// measured twice on either side ("turnout was 41 percent … turnout in 2019 was 38 percent") is left
// to the ordinary matching.

/** The facts of one side by the rare subject each measures, when only one fact measures it. */
function soleBySubject(facts: Fact[], w: Map<string, number>): Map<string, Fact> {
  const rare = rareWeight(w);
  const seen = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.level !== undefined && (w.get(f.level) ?? 0) >= rare)
      seen.set(f.level, [...(seen.get(f.level) ?? []), f]);
  return new Map([...seen].filter(([, fs]) => fs.length === 1).map(([k, fs]) => [k, fs[0]]));
}

/** Whether two facts are figures of one kind, over one span of time for a rate. */
function oneKind(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  return p.kind === 'quantity' && q.kind === 'quantity' && p.subtype === q.subtype && x.per === y.per;
}

/** Pairs of figures that measure one rare subject, each its article's only figure of it. */
export function soleLevels(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
  const [onceA, onceB] = [soleBySubject(as, w), soleBySubject(bs, w)];
  const out: FactPair[] = [];
  for (const [subject, a] of onceA) {
    const b = onceB.get(subject);
    if (!b || !oneKind(a, b)) continue;
    const score = sharedWeight(a.context, b.context, w) + sharedWeight(a.names, b.names, w) / 2 + 1;
    out.push({
      a,
      b,
      score,
      linked: linkOf(ctx, a.claim, b.claim) !== undefined,
      relation: relateFacts(a, b),
    });
  }
  return out;
}

/** Whether a fact pair is such a pair: firm ground for a divergence, as `soleLevels` made it. */
export function isSoleLevel(p: FactPair, facts: Record<Side, Fact[]>, w: Map<string, number>): boolean {
  const subject = p.a.level;
  if (subject === undefined || subject !== p.b.level) return false;
  return soleBySubject(facts.a, w).get(subject) === p.a && soleBySubject(facts.b, w).get(subject) === p.b;
}
