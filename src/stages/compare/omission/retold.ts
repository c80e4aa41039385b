import { CONFIDENT, HIDDEN_CONFIDENCE } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';

/** Whether every span of `inner` lies inside a span of `outer`. */
const spansInside = (inner: Span[], outer: Span[]) =>
  inner.length > 0 && inner.every((s) => outer.some((o) => o.start <= s.start && s.end <= o.end));

/**
 * Ranked omission drafts, those that only retell one shown before them held below `CONFIDENT`
 * (issue 10, "several omissions of one fact"): a speaker's next sentence is cited by the omission
 * that names the speaker (follow-up.ts) and may be an omission of its own too; shown twice, one
 * fact counts as two. A held draft keeps its place in the ranking, so the cap (cap.ts) counts it
 * and no lower-ranked candidate is promoted into the slot: promoted candidates were judged WRONG
 * more often than CORRECT (index.ts). Only a draft ranked before it, and confident here, may hold
 * it; the cap keeps drafts in this order, but a later post-pass (contradicted.ts) may still hide
 * the one that holds it, and then neither is shown.
 */
export function retoldHeld(drafts: FindingDraft[], side: Side): FindingDraft[] {
  const shown: Span[][] = [];
  return drafts.map((d) => {
    if ((d.confidence ?? 0) < CONFIDENT) return d;
    if (shown.some((spans) => spansInside(d[side], spans))) return { ...d, confidence: HIDDEN_CONFIDENCE };
    shown.push(d[side]);
    return d;
  });
}
