import { dateWords } from '../../../lexicons/date-words.js';
import type { DateClaim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimRef } from '../spans.js';
import { daypartAfter, withDaypart } from './specificity-daypart.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: a time told only relative to another event, with no count ("answered the court hours later"),
// and, in the sentence the alignment links to it, a day with its part of the day ("a Friday
// evening statement"). The clock time refines the relative one when both sentences name one actor.

const CONFIDENCE = 0.55;

/**
 * The first "hours later", "days earlier" of a sentence: a bare plural time unit and a relative
 * adverb, as a span. A loop that stops at it: the rule asks every sentence of both articles in
 * every pair, and a list built token by token was garbage for all but a few (issue 13, speed22).
 */
function firstRelativeTime(s: Sentence): Span | undefined {
  const { units, sequence } = dateWords();
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    const t = s.tokens[i];
    const next = s.tokens[i + 1];
    const before = s.tokens[i - 1];
    if (!sequence.has(next.lower) || !units.has(t.lemma) || t.lower === t.lemma) continue;
    if (before?.pos === 'NUM' || before?.pos === 'DET') continue;
    return {
      sentence: s.id,
      start: t.start,
      end: next.end,
      text: s.text.slice(t.start - s.start, next.end - s.start),
    };
  }
  return undefined;
}

const names = (s: Sentence) => new Set(s.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lemma));

/**
 * Rule `compare/relative-time-refinement`: one side times an act only relative to another ("hours
 * later"), the other gives its day and part of the day ("Friday evening"), in sentences the
 * alignment links that name the same actor.
 */
export function relativeTimeRefinement(ctx: CompareContext, _m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const coarse of ['a', 'b'] as const) {
    const fine = otherSide(coarse);
    for (const s of ctx[coarse].sentences) {
      const vague = firstRelativeTime(s);
      if (!vague) continue;
      const linked = ctx.alignment.filter((l) => l[coarse].includes(s.id)).flatMap((l) => l[fine]);
      const actors = names(s);
      const dated = ctx[fine].claims.find((c): c is DateClaim => {
        const t = ctx.sentence[fine].get(c.sentence);
        if (c.kind !== 'date' || c.precision !== 'day' || !t || !linked.includes(t.id)) return false;
        return daypartAfter(t, c) !== undefined && [...names(t)].some((n) => actors.has(n));
      });
      if (!dated) continue;
      const precise = withDaypart(ctx.sentence[fine].get(dated.sentence) as Sentence, dated) as Span;
      out.push(
        refinementDraft({
          fine,
          precise,
          vague,
          subject: 'date',
          claims: [claimRef(fine, dated)],
          ruleId: 'compare/relative-time-refinement',
          salience: 0.3,
          confidence: CONFIDENCE,
          explanation: `${outlet(ctx, fine)} gives the time, '${precise.text}', where ${outlet(ctx, coarse)} says only '${vague.text}'.`,
        }),
      );
    }
  }
  return out;
}
