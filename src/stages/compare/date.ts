import type { DateClaim } from '../../model/claim.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from './context.js';
import { type Interval, relate } from './interval.js';
import { type Candidate, claimsOf, matchGreedy } from './match.js';
import { claimRef, claimSpan } from './spans.js';

const DAY = 86_400_000;

/** A resolved date's interval in days since the epoch; unresolved dates are not comparable. */
function daysOf(d: DateClaim): Interval {
  if (!d.interval) return 'unknown';
  return { min: Date.parse(d.interval.start) / DAY, max: Date.parse(d.interval.end) / DAY };
}

/**
 * Two dates are about the same event when their sentences are aligned, or when the same
 * event word is near both. Overlapping intervals rank before disjoint ones, so "Monday"
 * pairs with "Monday" before it could pair with "Tuesday".
 */
function score(ctx: CompareContext, a: DateClaim, b: DateClaim): number {
  if (!a.interval || !b.interval || a.reference === 'duration' || b.reference === 'duration') return 0;
  const link = linkOf(ctx, a, b);
  const sameEvent = a.event !== null && a.event === b.event;
  // Most of the A×B pairs of a long article stop here, before the intervals are computed.
  if (!link && !sameEvent) return 0;
  const relation = relate(daysOf(a), daysOf(b));
  if (!link && !(sameEvent && relation !== 'disjoint')) return 0;
  // A disjoint pair is a divergence only between sentences that say the same thing.
  if (relation === 'disjoint' && link?.relation !== 'equivalent' && !sameEvent) return 0;
  const linkScore = link ? (link.relation === 'equivalent' ? 3 : 2) : 0;
  return (
    linkScore +
    (sameEvent ? 2 : 0) +
    (relation === 'disjoint' ? 0 : 3) +
    (a.precision === b.precision ? 1 : 0)
  );
}

/** Agreement, refinement or divergence between two matched dates, at their precision. */
function judge(ctx: CompareContext, a: DateClaim, b: DateClaim): FindingDraft {
  const relation = relate(daysOf(a), daysOf(b));
  const [oa, ob] = [outlet(ctx, 'a'), outlet(ctx, 'b')];
  const base = {
    a: [claimSpan(a)],
    b: [claimSpan(b)],
    claims: [claimRef('a', a), claimRef('b', b)],
    subject: 'date',
  };
  const show = (d: DateClaim) =>
    `'${d.text}' (${d.interval?.start === d.interval?.end ? d.interval?.start : `${d.interval?.start}..${d.interval?.end}`})`;
  if (relation === 'disjoint') {
    return {
      ...base,
      kind: 'divergence',
      ruleId: 'compare/date-divergence',
      salience: 0.9,
      explanation: `${oa} dates it ${show(a)} where ${ob} dates it ${show(b)}.`,
    };
  }
  if (relation === 'a-inside-b' || relation === 'b-inside-a') {
    const [fine, coarse, who] = relation === 'a-inside-b' ? [a, b, oa] : [b, a, ob];
    return {
      ...base,
      kind: 'refinement',
      ruleId: 'compare/date-refinement',
      salience: 0.35,
      explanation: `${who} dates it more precisely, ${show(fine)}, than ${show(coarse)}.`,
    };
  }
  return {
    ...base,
    kind: 'agreement',
    ruleId: 'compare/date-agreement',
    salience: 0.15,
    explanation: `Both date it the same once resolved: ${oa} ${show(a)}, ${ob} ${show(b)}.`,
  };
}

/** Matches the dates of both sides and judges each matched pair. */
export function compareDates(ctx: CompareContext): FindingDraft[] {
  const da = claimsOf(ctx.a.claims, 'date');
  const db = claimsOf(ctx.b.claims, 'date');
  const candidates: Candidate<DateClaim>[] = [];
  for (const a of da) {
    for (const b of db) {
      const s = score(ctx, a, b);
      // Only pairs that could match are kept: A×B zero scores cost memory on long articles (issue 12).
      if (s > 0) candidates.push({ a, b, score: s });
    }
  }
  return matchGreedy(ctx, candidates).map(({ a, b }) => judge(ctx, a, b));
}
