import { CONFIDENT } from '../../model/finding.js';
import type { Span } from '../../model/span.js';
import type { CompareContext, FindingDraft } from './context.js';

/** Confidence is reported to two decimals: finer digits are noise, and reports must diff cleanly. */
const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** The best alignment score between any evidence sentence of side a and any of side b; 0 when none is linked. */
function linkScore(ctx: CompareContext, a: Span[], b: Span[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) best = Math.max(best, ctx.linked.get(`${x.sentence}|${y.sentence}`)?.score ?? 0);
  }
  return best;
}

/** How many of a finding's claims the outlets attribute to someone (inside a quote or a report of speech). */
function attributedShare(ctx: CompareContext, claims: string[]): number {
  if (claims.length === 0) return 0;
  const attributed = claims.filter((ref) => {
    const [side, id] = ref.split(':') as ['a' | 'b', string];
    return ctx[side].claims.find((c) => c.id === id)?.basis.stance !== 'fact';
  });
  return attributed.length / claims.length;
}

/**
 * A default confidence for a two-sided finding whose rule did not set one, derived from its
 * evidence: spans in sentences the alignment links are surer, by the link's paraphrase
 * probability, to be about the same fact; claims that sit in reported speech are less sure to be
 * the outlet's own statement. The default never hides a two-sided finding (it stays at or above
 * `CONFIDENT`): hiding is for rules that measure their own evidence. An omission's rule always sets
 * its own; if one did not, the silent side gives no evidence, so it stays below `CONFIDENT`.
 */
export function evidenceConfidence(ctx: CompareContext, draft: FindingDraft): number {
  if (draft.a.length === 0 || draft.b.length === 0)
    return round(0.3 + 0.1 * Math.min(2, draft.claims.length));
  const link = linkScore(ctx, draft.a, draft.b);
  // A rule that pairs facts across the whole article (not only aligned sentences) has evidence of
  // its own that this default cannot see, so an unlinked pair stays at the threshold, not below it.
  const base = link > 0 ? 0.55 + 0.4 * link : CONFIDENT;
  return round(Math.max(CONFIDENT, base - 0.1 * attributedShare(ctx, draft.claims)));
}

/** The draft with its confidence: the rule's own, rounded, or the evidence-derived default. */
export function withConfidence(
  ctx: CompareContext,
  draft: FindingDraft,
): FindingDraft & { confidence: number } {
  return { ...draft, confidence: round(draft.confidence ?? evidenceConfidence(ctx, draft)) };
}
