import { isPartySpeaker } from '../../../lexicons/party-speakers.js';
import { HIDDEN_CONFIDENCE } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import type { CompareContext, FindingDraft } from '../context.js';

// Inputs: every finding of one pair, after confidence. The matching step pairs a figure one
// outlet states as fact with the same figure the other gives as a party's claim ("The report
// alleges that Calloway approved £1.1 million", "The federation claims … fallen by 9 per cent");
// the quantity and sentence rules call the two an agreement, the attribution rule a contrast of
// sourcing. Both are true of the figure, but a researcher reading "both report the same thing"
// misses that one outlet vouches for what the other casts in doubt: readers of blind 42 and 43
// judged such agreements WRONG (RUBRIC: the kind is wrong; it is an attribution finding). Only a
// doubting or hedging stance, or a party to a legal dispute as the speaker, decides it: against a
// neutral "said" of anyone else, readers judged the agreement CORRECT as often as not ("final
// results showed", "the company said it expects"), so those stay.

type Confident = FindingDraft & { confidence: number };

/** Stances that cast the content in doubt or make it uncertain (reporting-verbs.yaml, hedges). */
const DOUBTING: ReadonlySet<string> = new Set(['claimed', 'hedged']);

/**
 * How the claim a finding cites on `side` is sourced: `fact`, `doubted` (a doubting or hedging
 * stance, or a party to a legal dispute as speaker, data/party-speakers.yaml: "Prosecutors said
 * he submitted invoices from 14 fictitious suppliers", blind 42), or `other`.
 */
function sourcingOf(ctx: CompareContext, d: FindingDraft, side: Side): 'fact' | 'doubted' | 'other' {
  const ref = d.claims.find((c) => c.startsWith(`${side}:`));
  const basis = ctx[side].claims.find((c) => `${side}:${c.id}` === ref)?.basis;
  if (basis === undefined) return 'other';
  if (basis.stance === 'fact') return 'fact';
  if (DOUBTING.has(basis.stance)) return 'doubted';
  const words = basis.speaker?.text.match(/\p{L}+/gu) ?? [];
  return words.some(isPartySpeaker) ? 'doubted' : 'other';
}

/** An attribution contrast of one figure: stated as fact on one side, doubted on the other. */
function doubtedAgainstFact(ctx: CompareContext, d: FindingDraft): boolean {
  if (d.ruleId !== 'compare/attribution-of-claim') return false;
  const [a, b] = [sourcingOf(ctx, d, 'a'), sourcingOf(ctx, d, 'b')];
  return (a === 'fact' && b === 'doubted') || (b === 'fact' && a === 'doubted');
}

const overlaps = (xs: Span[], ys: Span[]) =>
  xs.some((x) => ys.some((y) => x.start < y.end && y.start < x.end));

/**
 * The pair's findings with each agreement that holds a doubted-against-fact contrast on both
 * sides held below the display threshold, and the contrast shown at least as surely as the
 * agreement was: the agreement's confidence says how sure the two are one content, which is what
 * the contrast rests on.
 */
export function preferDoubtedContrasts(ctx: CompareContext, drafts: Confident[]): Confident[] {
  const contrasts = drafts.filter((d) => d.kind === 'attribution' && doubtedAgainstFact(ctx, d));
  if (contrasts.length === 0) return drafts;
  const raised = new Map<Confident, number>();
  const held = new Set<Confident>();
  for (const d of drafts) {
    if (d.kind !== 'agreement') continue;
    for (const c of contrasts) {
      if (!overlaps(d.a, c.a) || !overlaps(d.b, c.b)) continue;
      held.add(d);
      raised.set(c, Math.max(raised.get(c) ?? c.confidence, d.confidence));
    }
  }
  return drafts.map((d) => {
    if (held.has(d)) return { ...d, confidence: Math.min(d.confidence, HIDDEN_CONFIDENCE) };
    const to = raised.get(d);
    return to === undefined ? d : { ...d, confidence: to };
  });
}
