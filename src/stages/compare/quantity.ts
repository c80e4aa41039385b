import type { QuantityClaim } from '../../model/claim.js';
import type { Side } from '../../model/span.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from './context.js';
import {
  CONTEXT_MIN,
  type FactPair,
  isFirm,
  type MatchedFacts,
  shareNoun,
  statedElsewhere,
} from './fact-match.js';
import type { IntervalRelation } from './interval.js';
import { claimRef, claimSpan } from './spans.js';
import { sharedWeight } from './weights.js';

const quote = (q: QuantityClaim) => `'${q.text}'`;
const asQuantity = (p: FactPair) => [p.a.claim, p.b.claim] as [QuantityClaim, QuantityClaim];
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

function base(p: FactPair) {
  const [a, b] = asQuantity(p);
  return {
    a: [claimSpan(a)],
    b: [claimSpan(b)],
    claims: [claimRef('a', a), claimRef('b', b)],
    subject: 'quantity',
  };
}

/** "23 percent" cut and "77 percent" paid: two shares that add up to the whole describe one split. */
function complementary(a: QuantityClaim, b: QuantityClaim): boolean {
  return (
    a.subtype === 'percent' && a.value !== undefined && b.value !== undefined && a.value + b.value === 100
  );
}

const compatible = (r: IntervalRelation) => r !== 'disjoint';

/**
 * Both figures in the outlets' own voices, or both quoted from what reads as the same quote
 * (an equivalent alignment link, or twice the clause words a match needs): two quotes with different figures are most often
 * two speakers ("$800 billion" in a 2008 ad, "$716 billion" in this year's).
 */
export function voicesMatch(ctx: CompareContext, p: FactPair, m: MatchedFacts): boolean {
  if (!p.a.quoted && !p.b.quoted) return true;
  if (!p.a.quoted || !p.b.quoted) return false;
  return (
    linkOf(ctx, p.a.claim, p.b.claim)?.relation === 'equivalent' ||
    sharedWeight(p.a.context, p.b.context, m.weights) >= 2 * CONTEXT_MIN
  );
}

/**
 * Rule `compare/quantity-divergence`: the same fact, stated incompatibly. Both figures must be
 * the same fact on firm ground (aligned sentences, or twice the clause words a match needs),
 * both in the outlet's voice or both quoted, and neither article may state a compatible figure
 * for the same thing anywhere else ("HuffPost also reports $750,000"). When unsure: nothing.
 */
export function quantityDivergence(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.quantities
    .filter((p) => p.relation === 'disjoint' && isFirm(p, m))
    .filter((p) => voicesMatch(ctx, p, m) && !complementary(...asQuantity(p)))
    .filter((p) => !statedElsewhere(m, p.a, compatible) && !statedElsewhere(m, p.b, compatible))
    .map((p) => {
      const [a, b] = asQuantity(p);
      return {
        ...base(p),
        kind: 'divergence',
        ruleId: 'compare/quantity-divergence',
        salience: a.subtype === 'casualty' ? 1 : 0.95,
        explanation: `${outlet(ctx, 'a')} gives ${quote(a)} where ${outlet(ctx, 'b')} gives ${quote(b)} for the same thing: the figures cannot both be right.`,
      };
    });
}

/**
 * The side that states the figure exactly where the other gives only a bound, a range or a
 * vague count. A bound at the very figure ("as many as 1.5 million" / "1.5 million") refines nothing.
 */
function finerSide(p: FactPair): Side | null {
  const [a, b] = asQuantity(p);
  const exactIn = (x: QuantityClaim, y: QuantityClaim) =>
    x.precision === 'exact' && y.precision !== 'exact' && y.min !== x.value && y.max !== x.value;
  if (p.relation === 'unknown') {
    if (a.precision === 'unspecified' && b.precision === 'exact') return 'b';
    return b.precision === 'unspecified' && a.precision === 'exact' ? 'a' : null;
  }
  if (p.relation === 'a-inside-b' && exactIn(a, b)) return 'a';
  if (p.relation === 'b-inside-a' && exactIn(b, a)) return 'b';
  return null;
}

/**
 * Rule `compare/quantity-refinement`: the same fact, one side exact where the other is vague
 * ("20 rockets" / "a salvo of rockets", "700,000" / "hundreds of thousands"), unless the vaguer
 * article also gives the exact figure elsewhere.
 */
export function quantityRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of m.quantities) {
    const fine = finerSide(p);
    if (!fine || !(shareNoun(p.a, p.b) || p.linked)) continue;
    const [f, c] = fine === 'a' ? [p.a, p.b] : [p.b, p.a];
    if (statedElsewhere(m, f, (r) => r === 'same')) continue;
    const [fq, cq] = [f.claim as QuantityClaim, c.claim as QuantityClaim];
    out.push({
      ...base(p),
      kind: 'refinement',
      ruleId: 'compare/quantity-refinement',
      salience: fq.subtype === 'casualty' ? 0.6 : 0.45,
      explanation: `${outlet(ctx, fine)} gives ${quote(fq)}; ${outlet(ctx, other(fine))} says only ${quote(cq)}.`,
    });
  }
  return out;
}

/**
 * Rule `compare/quantity-agreement`: the same fact with the same figure ("$750,000" both;
 * "five sites" / "five locations"). Two different bounds ("more than 100" / "more than 307")
 * are neither an agreement nor a refinement.
 */
export function quantityAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.quantities
    .filter((p) => p.relation === 'same')
    .map((p) => {
      const [a, b] = asQuantity(p);
      return {
        ...base(p),
        kind: 'agreement',
        ruleId: 'compare/quantity-agreement',
        salience: a.subtype === 'casualty' ? 0.3 : 0.2,
        explanation: `Both give the same figure for the same thing: ${outlet(ctx, 'a')} ${quote(a)}, ${outlet(ctx, 'b')} ${quote(b)}.`,
      };
    });
}
