import type { BlameClaim } from '../../model/claim.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from './context.js';
import { type Candidate, claimsOf, matchGreedy } from './match.js';
import { claimRef, claimSpan } from './spans.js';

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

const by = (c: BlameClaim) => (c.blamedBy ? ` (according to ${c.blamedBy.text})` : '');

/** Same agent: agreement; a different known agent for the same act: divergence. */
function judge(ctx: CompareContext, a: BlameClaim, b: BlameClaim): FindingDraft | null {
  const base = {
    a: [claimSpan(a)],
    b: [claimSpan(b)],
    claims: [claimRef('a', a), claimRef('b', b)],
    subject: 'blame',
  };
  const [oa, ob] = [outlet(ctx, 'a'), outlet(ctx, 'b')];
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
      explanation: `${oa} blames '${a.agent.text}'${by(a)} for ${a.act.text}, ${ob} blames '${b.agent.text}'${by(b)}.`,
    };
  }
  return null;
}

/** Matches blame claims across sides and judges the agents. */
export function compareBlame(ctx: CompareContext): FindingDraft[] {
  const ba = claimsOf(ctx.a.claims, 'blame');
  const bb = claimsOf(ctx.b.claims, 'blame');
  const candidates: Candidate<BlameClaim>[] = [];
  for (const a of ba) for (const b of bb) candidates.push({ a, b, score: score(ctx, a, b) });
  return matchGreedy(ctx, candidates)
    .map(({ a, b }) => judge(ctx, a, b))
    .filter((f): f is FindingDraft => f !== null);
}
