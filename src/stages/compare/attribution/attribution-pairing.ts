import type { AlignmentLink } from '../../../model/alignment.js';
import type { Basis, Claim } from '../../../model/claim.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { contrast } from './attribution-content.js';
import { capped, claimPairFinding, describe } from './attribution-shared.js';

// What the two contrasts of sourcing (attribution-claims.ts on matched figures and blame,
// attribution-sentences.ts on aligned sentences) share: the pairing they choose, its confidence,
// and its finding.

/** Two claims whose sourcing differs, each with the basis compared, and how sure the contrast is. */
export interface Pairing {
  a: Claim;
  b: Claim;
  ba: Basis;
  bb: Basis;
  ruleId: string;
  confidence: number;
}

/** Confidence from the link's paraphrase probability and how surely the two contents are the same. */
export const confidenceOf = (link: AlignmentLink, same: number, kind: ReturnType<typeof contrast>) =>
  (0.45 + 0.5 * link.score) * (0.6 + 0.4 * Math.min(1, same / 0.6)) - (kind === 'speaker' ? 0.15 : 0);

/** The finding of a pairing: both bases described, more salient when one side states it as fact. */
export function pairingFinding(ctx: CompareContext, p: Pairing): FindingDraft {
  const fact = p.ba.stance === 'fact' || p.bb.stance === 'fact';
  return claimPairFinding(ctx, p.a, p.b, {
    ruleId: p.ruleId,
    salience: fact ? 0.85 : 0.7,
    confidence: capped(p.confidence, p.ba.stance, p.bb.stance),
    explanation: `On '${p.a.text}', ${outlet(ctx, 'a')} ${describe(ctx, 'a', p.ba)}; ${outlet(ctx, 'b')} ${describe(ctx, 'b', p.bb)}.`,
  });
}
