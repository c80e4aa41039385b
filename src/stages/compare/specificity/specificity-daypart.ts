import { dateWords } from '../../../lexicons/date-words.js';
import { numberWords } from '../../../lexicons/number-words.js';
import type { DateClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { Fact } from '../facts/fact.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import type { FactPair } from '../facts/fact-pairs.js';
import { CONTEXT_MIN, isFirm, shareNoun } from '../facts/fact-same.js';
import { relate } from '../facts/interval.js';
import { claimRef, claimSpan, spanOf } from '../spans.js';
import { contentLemmas, sharedWeight } from '../weights.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: the date pairs of the matching step (fact-match.ts) that resolve to one day, and the
// words right after each date in its sentence. A part of the day ("Tuesday morning") one side
// gives and the other does not is a refinement the day-level date rules cannot see.

/** Surer than the default: the same day, the same event, and a word the other side lacks. */
const CONFIDENCE = 0.6;
/** Sentences this close to a date still tell its story. */
const NEAR = 2;

/**
 * The part-of-day word of a date claim: right after it ("Tuesday morning", "a Tuesday evening
 * statement"), or right before or at its start ("late Tuesday").
 */
export function daypartAfter(s: Sentence, claim: { start: number; end: number }): Span | undefined {
  const parts = dateWords().dayparts;
  const i = s.tokens.findIndex((t) => t.start >= claim.start);
  const j = s.tokens.findIndex((t) => t.start >= claim.end);
  const near = [s.tokens[i], s.tokens[i - 1], s.tokens[j]].filter((t) => t !== undefined);
  const touches = (t: Token) =>
    s.text.slice(Math.min(t.end, claim.end) - s.start, Math.max(t.start, claim.start) - s.start).trim() ===
    '';
  const t = near.find(
    (t) => parts.has(t.lower) && ((t.start >= claim.start && t.end <= claim.end) || touches(t)),
  );
  return t && { sentence: s.id, start: t.start, end: t.end, text: t.text };
}

/** A date claim's span widened to its part-of-day word ("Tuesday" → "Tuesday morning"), if it has one. */
export function withDaypart(s: Sentence, claim: { start: number; end: number }): Span | undefined {
  const part = daypartAfter(s, claim);
  if (!part) return undefined;
  const [start, end] = [Math.min(claim.start, part.start), Math.max(claim.end, part.end)];
  return spanOf(s, start, end);
}

/** The part of the day a date fact carries, read in its sentence. */
function daypartOf(ctx: CompareContext, f: Fact): Span | undefined {
  const s = ctx.sentence[f.side].get(f.claim.sentence);
  return s ? daypartAfter(s, f.claim) : undefined;
}

/**
 * Whether the coarse side gives a part of the same day anywhere it dates the same event or
 * speaks of the same thing ("the tariffs were posted late Tuesday"): then it is as precise.
 * Another event on that day ("the union voted Tuesday night") does not count.
 */
function givesDaypart(ctx: CompareContext, m: MatchedFacts, fine: Fact, coarse: Fact): boolean {
  const event = (fine.claim as DateClaim).event;
  const same = new Set(m.candidatesOf.get(fine) ?? []);
  const about = new Set([...fine.what, ...fine.context]);
  const index = (f: Fact) => ctx.sentence[f.side].get(f.claim.sentence)?.index ?? Number.NaN;
  // The next sentence or two still tell the coarse fact's story ("announced Tuesday. The tariffs were posted late Tuesday").
  const related = (f: Fact) => {
    const s = ctx.sentence[f.side].get(f.claim.sentence);
    if (Math.abs(index(f) - index(coarse)) <= NEAR) return true;
    return s !== undefined && sharedWeight(contentLemmas(s), about, m.weights) >= CONTEXT_MIN;
  };
  return m.facts[otherSide(fine.side)].some(
    (f) =>
      f.claim.kind === 'date' &&
      relate(f.interval, fine.interval) === 'same' &&
      daypartOf(ctx, f) !== undefined &&
      (same.has(f) || (event != null && f.claim.event === event) || related(f)),
  );
}

/** How many tokens from a date a time of day may stand and still time it ("at about 4 a.m. last Friday", "Friday at 4 a.m."). */
const CLOCK_REACH = 4;

/**
 * Whether a time of day stands next to the date: "detected at about 4 a.m. last Friday" is more
 * precise than "early last Friday", not less (blind 32 reader: a refinement the wrong way round).
 */
function timed(ctx: CompareContext, f: Fact): boolean {
  const s = ctx.sentence[f.side].get(f.claim.sentence);
  if (!s) return false;
  const first = s.tokens.findIndex((t) => t.end > f.claim.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].start < f.claim.end) last++;
  const near = s.tokens.slice(Math.max(0, first - CLOCK_REACH), last + 1 + CLOCK_REACH);
  return near.some((t) => numberWords().get(t.lower)?.kind === 'clock');
}

/** The same event: both date the same act or noun, or the pair is firm (see `isFirm`). */
function sameEvent(ctx: CompareContext, p: FactPair, m: MatchedFacts): boolean {
  const [a, b] = [p.a.claim as DateClaim, p.b.claim as DateClaim];
  return (a.event != null && a.event === b.event) || shareNoun(p.a, p.b) || isFirm(ctx, p, m);
}

/**
 * Rule `compare/daypart-refinement`: the same event dated to the same day, one outlet giving the
 * part of the day ("announced the tariffs Tuesday morning") and the other only the day
 * ("announced the tariffs on Tuesday"), nowhere giving it for that day.
 */
export function daypartRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of m.dates) {
    const [a, b] = [p.a.claim as DateClaim, p.b.claim as DateClaim];
    if (p.relation !== 'same' || a.precision !== 'day' || b.precision !== 'day') continue;
    const [partA, partB] = [daypartOf(ctx, p.a), daypartOf(ctx, p.b)];
    if ((partA === undefined) === (partB === undefined)) continue;
    const fine: Side = partA ? 'a' : 'b';
    const coarse = otherSide(fine);
    if (!sameEvent(ctx, p, m) || givesDaypart(ctx, m, p[fine], p[coarse]) || timed(ctx, p[coarse])) continue;
    const precise = withDaypart(ctx.sentence[fine].get(p[fine].claim.sentence) as Sentence, p[fine].claim);
    if (!precise) continue;
    out.push(
      refinementDraft({
        fine,
        precise,
        vague: claimSpan(p[coarse].claim),
        subject: 'date',
        claims: [claimRef('a', a), claimRef('b', b)],
        ruleId: 'compare/daypart-refinement',
        salience: 0.3,
        confidence: CONFIDENCE,
        explanation: `${outlet(ctx, fine)} gives the time of day, '${precise.text}', where ${outlet(ctx, coarse)} says only '${p[coarse].claim.text}'.`,
      }),
    );
  }
  return out;
}
