import type { QuantityClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import { sharedWeight } from '../weights.js';
import { type MatchedFacts, otherSide, statedElsewhere } from './fact-match.js';
import { type FactPair, pairEvidence } from './fact-pairs.js';
import { isFirm, shareNoun } from './fact-same.js';
import { compatible } from './interval.js';

const quote = (q: QuantityClaim) => `'${q.text}'`;
const asQuantity = (p: FactPair) => [p.a.claim, p.b.claim] as [QuantityClaim, QuantityClaim];

const base = (p: FactPair) => pairEvidence(p, 'quantity');

/** "23 percent" cut and "77 percent" paid: two shares that add up to the whole describe one split. */
function complementary(a: QuantityClaim, b: QuantityClaim): boolean {
  return (
    a.subtype === 'percent' && a.value !== undefined && b.value !== undefined && a.value + b.value === 100
  );
}

/** Most of the lighter quotation recurs in the other: one quotation printed twice. */
const SAME_QUOTATION = 0.7;

/**
 * Both figures in the outlets' own voices, or both in what reads as one quotation: two
 * different quotations with different figures are most often two speakers ("$800 billion" in
 * a 2008 advertisement, "$716 billion" in this year's).
 */
export function voicesMatch(p: FactPair, m: MatchedFacts): boolean {
  if (!p.a.quoted && !p.b.quoted) return true;
  if (!p.a.quoted || !p.b.quoted) return false;
  const shared = sharedWeight(p.a.quote, p.b.quote, m.weights);
  const lighter = Math.min(
    sharedWeight(p.a.quote, p.a.quote, m.weights),
    sharedWeight(p.b.quote, p.b.quote, m.weights),
  );
  return lighter > 0 && shared / lighter >= SAME_QUOTATION;
}

/**
 * Rule `compare/quantity-divergence`: the same fact, stated incompatibly. Both figures must be
 * the same fact on firm ground (`isFirm`), both in the outlets' voices or both in one
 * quotation (`voicesMatch`), and neither article may state a compatible figure
 * for the same thing anywhere else ("HuffPost also reports $750,000"). When unsure: nothing.
 */
export function quantityDivergence(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.quantities
    .filter((p) => p.relation === 'disjoint' && isFirm(ctx, p, m))
    .filter((p) => voicesMatch(p, m) && !complementary(...asQuantity(p)))
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

/** How precisely a figure is stated: an exact figure, about one, a bound, a vague range, no number. */
const PRECISION_RANK: Record<QuantityClaim['precision'], number> = {
  exact: 4,
  approximate: 3,
  'lower-bound': 2,
  'upper-bound': 2,
  vague: 1,
  unspecified: 0,
};

const OPEN = new Set<QuantityClaim['precision']>(['lower-bound', 'upper-bound']);

/** The figure a quantity names: its value, or the middle of an approximate one ("about 700,000"). */
function nominal(q: QuantityClaim): number | undefined {
  if (q.value !== undefined) return q.value;
  if (q.precision !== 'approximate' || q.min === undefined || q.max === undefined) return undefined;
  return (q.min + q.max) / 2;
}

/**
 * "An estimated 11 million" and "11 million", "roughly 35 percent" and "35 percent": one figure,
 * hedged on one side. A reader learns nothing more precise from the other (RUBRIC.md: a routine
 * wording variant), so it is no refinement.
 */
function sameFigureHedged(a: QuantityClaim, b: QuantityClaim): boolean {
  const [x, y] = [nominal(a), nominal(b)];
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * The side that states the figure more precisely, inside the other's range: "700,000" or
 * "about 700,000" inside "hundreds of thousands", "20 rockets" for "a salvo of rockets".
 */
function finerSide(p: FactPair): Side | null {
  const [a, b] = asQuantity(p);
  // An open bound ("up to 1.6 million", "more than 300") is the outlet's own estimate: a figure
  // inside it from the other outlet is another estimate, not more precision.
  const finer = (x: QuantityClaim, y: QuantityClaim) =>
    PRECISION_RANK[x.precision] > PRECISION_RANK[y.precision] && !OPEN.has(y.precision);
  if (p.relation === 'unknown') {
    if (a.precision === 'unspecified' && PRECISION_RANK[b.precision] >= 3) return 'b';
    return b.precision === 'unspecified' && PRECISION_RANK[a.precision] >= 3 ? 'a' : null;
  }
  if (p.relation === 'a-inside-b' && finer(a, b)) return 'a';
  if (p.relation === 'b-inside-a' && finer(b, a)) return 'b';
  return null;
}

/**
 * Rule `compare/quantity-refinement`: the same fact, one side more precise inside the other's
 * range ("20 rockets" / "a salvo of rockets", "700,000" / "hundreds of thousands"), unless the
 * vaguer article also gives the precise figure elsewhere.
 */
export function quantityRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of m.quantities) {
    const fine = finerSide(p);
    if (!fine || !(shareNoun(p.a, p.b) || p.linked) || sameFigureHedged(...asQuantity(p))) continue;
    const [f, c] = fine === 'a' ? [p.a, p.b] : [p.b, p.a];
    if (statedElsewhere(m, f, (r) => r === 'same')) continue;
    const [fq, cq] = [f.claim as QuantityClaim, c.claim as QuantityClaim];
    out.push({
      ...base(p),
      kind: 'refinement',
      ruleId: 'compare/quantity-refinement',
      salience: fq.subtype === 'casualty' ? 0.6 : 0.45,
      explanation: `${outlet(ctx, fine)} gives ${quote(fq)}; ${outlet(ctx, otherSide(fine))} says only ${quote(cq)}.`,
    });
  }
  return out;
}

/**
 * Rule `compare/quantity-agreement`: the same fact with the same figure ("$750,000" both;
 * "five sites" / "five locations"). A bare number that counts nothing named, and the same
 * figure in two different quotations (two speakers), are not reported; two different bounds
 * ("more than 100" / "more than 307") are neither an agreement nor a refinement.
 */
export function quantityAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.quantities
    .filter((p) => p.relation === 'same' && (p.a.what.size > 0 || p.b.what.size > 0))
    .filter((p) => !(p.a.quoted && p.b.quoted) || voicesMatch(p, m))
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
