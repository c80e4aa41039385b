import type { QuantityClaim } from '../../model/claim.js';
import type { Side } from '../../model/span.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from './context.js';
import { type Interval, relate } from './interval.js';
import { type Candidate, claimsOf, matchGreedy } from './match.js';
import { claimRef, claimSpan } from './spans.js';

/** The interval a quantity claim states; open bounds run to ±Infinity. */
export function intervalOf(q: QuantityClaim): Interval {
  if (q.precision === 'unspecified') return 'unknown';
  if (q.value !== undefined && q.precision === 'exact') return { min: q.value, max: q.value };
  const min = q.min ?? (q.precision === 'upper-bound' ? 0 : q.value);
  const max = q.max ?? (q.precision === 'lower-bound' ? Number.POSITIVE_INFINITY : q.value);
  if (min === undefined || max === undefined) return 'unknown';
  return { min, max };
}

/**
 * How strongly two quantities count the same thing: the same counted noun, act or
 * casualty type, helped by the alignment of their sentences. Zero means "not the same thing".
 */
function score(ctx: CompareContext, a: QuantityClaim, b: QuantityClaim): number {
  if (a.subtype !== b.subtype) return 0;
  const sameNoun = a.noun !== null && a.noun === b.noun;
  const sameAct = a.act !== null && a.act === b.act;
  const sameCasualty = a.casualty !== undefined && a.casualty === b.casualty;
  const link = linkOf(ctx, a, b);
  const sameValue = a.value !== undefined && a.value === b.value;
  // "two-day talks" and "two-day negotiations": a duration of the same length is the same period.
  // In aligned sentences, durations in the same unit ("more than six decades") pair even if they differ.
  if (a.subtype === 'duration') {
    if (relate(intervalOf(a), intervalOf(b)) === 'same') return link ? 6 : 4;
    return link && sameNoun ? 5 : 0;
  }
  // Without aligned sentences, only a count of the same noun by the same act is the same fact.
  if (!link)
    return sameNoun && (sameAct || sameCasualty) ? 5 + (sameAct ? 2 : 0) + (sameCasualty ? 2 : 0) : 0;
  // In aligned sentences, figures without a counted noun ("64 percent") pair with each other.
  const nounless = a.noun === null && b.noun === null;
  const oneNounless = a.noun === null || b.noun === null;
  // "three countries" and "three power-brokers" in aligned sentences name the same count.
  if (!sameNoun && !sameCasualty && !nounless && !(sameAct && oneNounless) && !sameValue) return 0;
  return (
    (sameNoun ? 3 : 0) +
    (sameAct ? 2 : 0) +
    (sameCasualty ? 2 : 0) +
    (link.relation === 'equivalent' ? 3 : 2) +
    (sameValue ? 1 : 0)
  );
}

const quote = (q: QuantityClaim) => `'${q.text}'`;

/** Agreement, refinement or divergence between two matched quantities. */
function judge(ctx: CompareContext, a: QuantityClaim, b: QuantityClaim): FindingDraft {
  const relation = relate(intervalOf(a), intervalOf(b));
  const [oa, ob] = [outlet(ctx, 'a'), outlet(ctx, 'b')];
  const base = { a: [claimSpan(a)], b: [claimSpan(b)], claims: [claimRef('a', a), claimRef('b', b)] };
  const casualty = a.subtype === 'casualty';
  if (relation === 'disjoint') {
    return {
      ...base,
      kind: 'divergence',
      subject: 'quantity',
      ruleId: 'compare/quantity-divergence',
      salience: casualty ? 1 : 0.95,
      explanation: `${oa} gives ${quote(a)} where ${ob} gives ${quote(b)}: the figures cannot both be right.`,
    };
  }
  const precise = refinedSide(a, b, relation);
  if (precise) {
    const [fine, coarse] = precise === 'a' ? [a, b] : [b, a];
    return {
      ...base,
      kind: 'refinement',
      subject: 'quantity',
      ruleId: 'compare/quantity-refinement',
      salience: casualty ? 0.6 : 0.45,
      explanation: `${outlet(ctx, precise)} gives ${quote(fine)}; ${outlet(ctx, precise === 'a' ? 'b' : 'a')} says only ${quote(coarse)}.`,
    };
  }
  return {
    ...base,
    kind: 'agreement',
    subject: 'quantity',
    ruleId: 'compare/quantity-agreement',
    salience: casualty ? 0.3 : 0.2,
    explanation: `Both give the same count: ${oa} ${quote(a)}, ${ob} ${quote(b)}.`,
  };
}

const OPEN = new Set(['lower-bound', 'upper-bound']);

/** The side that states the quantity more precisely, or null when neither does. */
function refinedSide(a: QuantityClaim, b: QuantityClaim, relation: ReturnType<typeof relate>): Side | null {
  if (relation === 'unknown') {
    if (a.precision === 'unspecified' && b.precision === 'unspecified') return null;
    return a.precision === 'unspecified' ? 'b' : 'a';
  }
  // An exact figure against an open bound ("more than 300") is more precise; a figure inside "dozens" agrees.
  if (relation === 'a-inside-b' && a.precision === 'exact' && OPEN.has(b.precision)) return 'a';
  if (relation === 'b-inside-a' && b.precision === 'exact' && OPEN.has(a.precision)) return 'b';
  return null;
}

/** Matches the quantities of both sides and judges each matched pair. */
export function compareQuantities(ctx: CompareContext): FindingDraft[] {
  const qa = claimsOf(ctx.a.claims, 'quantity');
  const qb = claimsOf(ctx.b.claims, 'quantity');
  const candidates: Candidate<QuantityClaim>[] = [];
  for (const a of qa) for (const b of qb) candidates.push({ a, b, score: score(ctx, a, b) });
  return matchGreedy(ctx, candidates).map(({ a, b }) => judge(ctx, a, b));
}
