import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { spanOf } from '../spans.js';
import type { Clause } from './agreement-clauses.js';
import { timeOffsets } from './agreement-clock.js';
import { figureApartClauses } from './agreement-match.js';
import { numberedOffsets } from './agreement-numbered.js';
import { CLOCK_VETO } from './agreement-vetoes.js';

// Inputs: the clause pairs that would agree but for a figure veto (agreement-match.ts
// `figureApartClauses`): one statement, told by both outlets, with another time of day or another
// numbered grade in it. The extractor keeps neither as a claim (a number before a clock word or
// after its noun is no count), so the figure rules never pair them; the agreement rule only
// declines to call them one fact. Blind 48's reader: "This is a divergence, not an agreement"
// ("had rated the danger at level 3" / "had put the risk at level 4").

/** The evidence of one side: the times or numbered nouns the veto compared, as spans of its sentence. */
function figureSpans(c: Clause, other: Clause, veto: string): Span[] {
  const offsets = veto === CLOCK_VETO ? timeOffsets(c) : numberedOffsets(c, other);
  return offsets.map(([start, end]) => spanOf(c.sentence, start, end));
}

/**
 * Whether a span holds a figure the extractor counts a noun with ("Park 51 project": 51 projects):
 * the figure rules judge it, and a second finding would tell one difference twice (perturbation
 * harness: "Park 51" changed to "Park 58" was reported by both).
 */
const countedIn = (ctx: CompareContext, side: Side, spans: Span[]) =>
  ctx[side].claims.some(
    (c) => c.kind === 'quantity' && c.noun !== null && spans.some((s) => c.start < s.end && s.start < c.end),
  );

/**
 * Rule `compare/figure-apart-divergence`: two clauses that report one statement (every test of
 * sentence agreement passes) but for a time of day or a numbered grade, which differ, and which
 * no figure of a counted noun holds (`countedIn`).
 */
export function figureApartDivergence(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return figureApartClauses(ctx, m.weights).flatMap(({ pair, veto }) => {
    const [a, b] = [figureSpans(pair.a, pair.b, veto), figureSpans(pair.b, pair.a, veto)];
    if (a.length === 0 || b.length === 0 || countedIn(ctx, 'a', a) || countedIn(ctx, 'b', b)) return [];
    return [
      {
        kind: 'divergence',
        subject: veto === CLOCK_VETO ? 'date' : 'quantity',
        a,
        b,
        claims: [],
        ruleId: 'compare/figure-apart-divergence',
        salience: 0.8,
        explanation: `${outlet(ctx, 'a')} gives ${a.map((s) => `'${s.text}'`).join(', ')} where ${outlet(ctx, 'b')} gives ${b.map((s) => `'${s.text}'`).join(', ')} in the same statement (shared: ${pair.words.slice(0, 5).join(', ')}).`,
      },
    ];
  });
}
