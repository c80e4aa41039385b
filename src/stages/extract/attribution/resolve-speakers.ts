// Pronoun speakers ("he said", "the ministry added") resolved to an earlier speaker, sentence by
// sentence in text order.
import type { ActorRef } from '../../../model/claim.js';
import type { AttributionDraft } from '../draft.js';
import { resolvePronoun } from './pronoun.js';

/** How many earlier sentences may hold a pronoun's antecedent ("the ministry added" two after the name). */
const LOOKBACK = 2;

/**
 * Resolves pronoun speakers to the latest fitting speaker before them, in the same sentence or the
 * LOOKBACK previous ones. `found` holds each sentence's drafts, `paragraphs` each sentence's
 * paragraph. Candidates grow as drafts are resolved, in text order, so the pass is linear.
 */
export function resolveSpeakers(
  found: AttributionDraft[][],
  paragraphs: readonly number[],
): AttributionDraft[][] {
  const recent: { at: number; speaker: ActorRef | null }[] = [];
  let head = 0;
  return found.map((drafts, at) => {
    while (head < recent.length && recent[head].at < at - LOOKBACK) head++;
    const window = recent.slice(head);
    const candidates = window.map((r) => r.speaker);
    // "the statement continued" may name any speaker, so only one of its own paragraph: paragraph
    // order must not change whose statement it is.
    const local = window.filter((r) => paragraphs[r.at] === paragraphs[at]).map((r) => r.speaker);
    const resolved = drafts.map((draft) => {
      const speaker = draft.speaker && resolvePronoun(draft.speaker, candidates, local);
      candidates.push(speaker);
      local.push(speaker);
      return { ...draft, speaker };
    });
    for (const d of resolved) recent.push({ at, speaker: d.speaker });
    return resolved;
  });
}
