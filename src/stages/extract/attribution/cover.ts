// Which attributions' content covers a span: the basis of every claim. Contents are sorted by
// start; a query binary-searches the last content that starts at or before the span and walks
// back only as far as the longest content reaches, so a source costs O(n log n), not claims ×
// attributions.
import { cueFrame } from '../../../lexicons/reporting-verbs.js';
import type { AttributionDraft } from '../draft.js';

/** A query for the attributions whose content covers `[start, end)`, in no particular order. */
export type CoverQuery = (start: number, end: number) => AttributionDraft[];

/**
 * Whether an attribution reports a proposition, so that the claims inside its content are the
 * speaker's. An object cue's content is a noun phrase ("criticized Ostrander on Friday for …",
 * "asked the court on Monday to …"): a date or figure in it is the outlet's own, unless the
 * content is a quotation or a that-clause.
 */
export function propositional(a: AttributionDraft, text: string): boolean {
  const frame = cueFrame(a.cue.lemma);
  if (frame !== 'object' && frame !== 'label' && frame !== 'topic') return true;
  const before = text.slice(Math.max(0, a.content.start - 6), a.content.start).trimEnd();
  return /^[“"‘]/u.test(a.content.text) || /(?:\bthat|:)$/u.test(before);
}

/** Builds the cover query over a source's attributions that report propositions. */
export function coverIndex(attributions: readonly AttributionDraft[], text: string): CoverQuery {
  const sorted = attributions
    .filter((a) => propositional(a, text))
    .sort((x, y) => x.content.start - y.content.start);
  const longest = sorted.reduce((m, a) => Math.max(m, a.content.end - a.content.start), 0);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].content.start <= start) lo = mid + 1;
      else hi = mid;
    }
    const found: AttributionDraft[] = [];
    for (let i = lo - 1; i >= 0 && sorted[i].content.start >= start - longest; i--) {
      if (end <= sorted[i].content.end) found.push(sorted[i]);
    }
    return found;
  };
}
