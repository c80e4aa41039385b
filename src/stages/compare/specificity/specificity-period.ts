import { dateWords } from '../../../lexicons/date-words.js';
import type { Claim } from '../../../model/claim.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence } from '../../../model/source.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimRef, claimSpan } from '../spans.js';
import { contentLemmas, sharedWeight } from '../weights.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: bare plural time units after a preposition ("for the first time in months") and the
// other side's counted past periods ("since a summit three months ago"). The
// count refines the bare period when the two sentences tell the same thing.

/** Words the two sentences must share beside the unit: about three rare words. */
const SHARED_MIN = 7;
const CONFIDENCE = 0.55;
const PREPOSITIONS = new Set(['ADP']);

/** "in weeks", "for months": a preposition and a plural time unit with no count, as a span and its unit. */
function barePeriods(s: Sentence): { span: Span; unit: string }[] {
  const units = dateWords().units;
  const out: { span: Span; unit: string }[] = [];
  s.tokens.forEach((t, i) => {
    const before = s.tokens[i - 1];
    if (!before || !PREPOSITIONS.has(before.pos) || !units.has(t.lemma) || t.lower === t.lemma) return;
    const text = s.text.slice(before.start - s.start, t.end - s.start);
    out.push({ span: { sentence: s.id, start: before.start, end: t.end, text }, unit: t.lemma });
  });
  return out;
}

/**
 * The unit of a counted past period, if the claim is one: "three weeks ago" (extract/date-ago), or
 * a duration right before "ago" ("three months ago", which is too loose to resolve to a date).
 */
function agoUnit(ctx: CompareContext, side: Side, c: Claim): string | undefined {
  const s = ctx.sentence[side].get(c.sentence);
  if (!s) return undefined;
  const ago = c.kind === 'date' && c.ruleId === 'extract/date-ago';
  const duration = c.kind === 'quantity' && c.subtype === 'duration' && nextWord(s, c.end) === 'ago';
  if (!ago && !duration) return undefined;
  return s.tokens.find((t) => t.start >= c.start && t.end <= c.end && dateWords().units.has(t.lemma))?.lemma;
}

/** The lower-cased word right after an offset in a sentence. */
const nextWord = (s: Sentence, end: number) => s.tokens.find((t) => t.start >= end)?.lower;

/**
 * Rule `compare/period-refinement`: one side counts a past period ("since a summit three months
 * ago") that the other gives bare ("for the first time in months"), in sentences that share rare
 * words beside the unit, and the vaguer side counts no period of that unit anywhere.
 */
export function periodRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const fine of ['a', 'b'] as const) {
    const coarse = otherSide(fine);
    const counted = ctx[fine].claims.map((c) => ({ claim: c, unit: agoUnit(ctx, fine, c) }));
    const coarseUnits = new Set(ctx[coarse].claims.map((c) => agoUnit(ctx, coarse, c)));
    for (const { claim, unit } of counted) {
      if (!unit || coarseUnits.has(unit)) continue;
      // A copy: contentLemmas hands out one shared set per sentence.
      const mine = new Set(contentLemmas(ctx.sentence[fine].get(claim.sentence) as Sentence));
      mine.delete(unit);
      const best = ctx[coarse].sentences
        .filter(carriesClaims)
        .flatMap((s) =>
          barePeriods(s).map((p) => ({ ...p, weight: sharedWeight(mine, contentLemmas(s), m.weights) })),
        )
        .filter((p) => p.unit === unit && p.weight >= SHARED_MIN)
        .sort((x, y) => y.weight - x.weight || x.span.start - y.span.start)[0];
      if (!best) continue;
      const precise = claimSpan(claim);
      out.push(
        refinementDraft({
          fine,
          precise,
          vague: best.span,
          subject: 'date',
          claims: [claimRef(fine, claim)],
          ruleId: 'compare/period-refinement',
          salience: 0.3,
          confidence: CONFIDENCE,
          explanation: `${outlet(ctx, fine)} counts the period, '${claim.text}', where ${outlet(ctx, coarse)} says only '${best.span.text}'.`,
        }),
      );
    }
  }
  return out;
}
