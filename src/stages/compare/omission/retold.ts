import { CONFIDENT } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';

/**
 * The confidence a retold omission is held at: below `CONFIDENT`, so a reader is not shown it, and
 * the JSON keeps it.
 */
export const RETOLD_CONFIDENCE = 0.45;

/** Whether every span of `inner` lies inside a span of `outer`. */
const within = (inner: Span[], outer: Span[]) =>
  inner.length > 0 && inner.every((s) => outer.some((o) => o.start <= s.start && s.end <= o.end));

/**
 * Ranked omission drafts, those that only retell one shown before them held below `CONFIDENT`
 * (issue 10, "several omissions of one fact"): a speaker's next sentence is cited by the omission
 * that names the speaker (follow-up.ts) and may be an omission of its own too; shown twice, one
 * fact counts as two. A held draft keeps its place in the ranking, so the cap (cap.ts) counts it
 * and no lower-ranked candidate is promoted into the slot: promoted candidates were judged WRONG
 * more often than CORRECT (index.ts). Only a draft ranked before it and shown may hold it, and the
 * cap keeps drafts in this order, so what it retells is shown whenever it would have been.
 */
export function retoldHeld(drafts: FindingDraft[], side: Side): FindingDraft[] {
  const shown: Span[][] = [];
  return drafts.map((d) => {
    if ((d.confidence ?? 0) < CONFIDENT) return d;
    if (shown.some((spans) => within(d[side], spans))) return { ...d, confidence: RETOLD_CONFIDENCE };
    shown.push(d[side]);
    return d;
  });
}
