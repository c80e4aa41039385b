import type { Claim } from '../../../model/claim.js';
import { CONFIDENT } from '../../../model/finding.js';
import type { Sentence } from '../../../model/source.js';
import { wholeConfidence } from './draft.js';
import type { Absence, OmittedItem } from './items.js';
import { insideQuotes } from './speakers.js';

/**
 * The item of a sentence the other article reports, or reports as a development (`reportedIn`):
 * only the names and figures there it never mentions; null when there are none. Kept apart from
 * `itemOf` (items.ts) because it decides nothing about the sentence, only which anchors to cite.
 */
export function detailItem(
  text: string,
  sentence: Sentence,
  claims: Claim[],
  found: Absence,
  told?: { reportedIn: Sentence },
): OmittedItem | null {
  const { absent, share, local, gap } = found;
  // In a sentence the other article reports, only names and figures it never mentions are omitted;
  // a capitalised phrase inside quotation marks ("Witch Hunt") is the speaker's wording, not a name.
  const details = absent.filter(
    (a) => a.type === 'figure' || (a.type === 'name' && !insideQuotes(text, sentence, a.range.start)),
  );
  if (details.length === 0) return null;
  const cited = details.flatMap((a) => (a.claim ? [a.claim] : []));
  return {
    sentence,
    whole: false,
    absent: details,
    novelty: share,
    unsaid: share,
    local,
    unsaidNear: local,
    reworded: [],
    gap: false,
    claims: cited,
    sentenceClaims: claims,
    ...(told
      ? {
          reportedIn: told.reportedIn,
          // Shown as a whole, it would have held a place among the few (index.ts): its details keep it.
          heldSlot: wholeConfidence(absent, share, local, gap) >= CONFIDENT,
        }
      : {}),
  };
}
