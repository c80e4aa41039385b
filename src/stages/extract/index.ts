import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Basis, Claim } from '../../model/claim.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { carriesClaims } from '../../model/roles.js';
import type { SegmentedSource } from '../../model/source.js';
import { type CoverQuery, coverIndex } from './attribution/cover.js';
import { extractAttributions } from './attribution/source-attributions.js';
import { extractBlame } from './blame/index.js';
import { extractDates } from './date/index.js';
import type { AttributionDraft, ClaimDraft } from './draft.js';
import { extractQuantities } from './quantity/index.js';

const KIND_ORDER = { attribution: 0, blame: 1, quantity: 2, date: 3 } as const;

/**
 * Extracts atomic claims from every headline and body sentence, then numbers them in
 * text order and records for each whether the outlet states it as fact or attributes it.
 */
export function extract(source: SegmentedSource): AnalyzedSource {
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const drafts: ClaimDraft[] = [];
  const attributions: AttributionDraft[] = [];
  const carrying = source.sentences.filter(carriesClaims);
  const { bySentence, ownerOf } = extractAttributions(source, carrying);
  for (const sentence of carrying) {
    const found = bySentence.get(sentence.id) ?? [];
    // A non-proposition ("his criticism of the plan") states nothing, so it is no claim's basis.
    attributions.push(...found.filter((a) => !a.contentKind));
    const dates = extractDates(sentence, source, diagnostics);
    drafts.push(
      ...found,
      ...extractBlame(sentence, source, attributions),
      ...extractQuantities(sentence, source, dates),
      ...dates,
    );
  }
  drafts.sort((x, y) => x.start - y.start || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.end - y.end);
  const ids = new Map<ClaimDraft, string>(drafts.map((d, i) => [d, `c${i + 1}`]));
  const covering = coverIndex(attributions, source.text);
  const order = new Map(attributions.map((a, i) => [a, i]));
  const rank = (a: AttributionDraft) => order.get(a) ?? 0;
  const claims = drafts.map((draft) => ({
    ...draft,
    id: ids.get(draft) ?? '',
    basis: basisOf(draft, covering, rank, ids, ownerOf),
  }));
  return { ...source, diagnostics, claims: claims as Claim[] };
}

/**
 * A claim inside the content of an attribution is that speaker's; anything else the
 * outlet states in its own voice. The innermost covering attribution wins. A quotation's
 * continuation stands for the attribution that tags the quotation, and so does the basis of
 * the continuation itself: a quoted sentence is the tagged speaker's.
 */
function basisOf(
  draft: ClaimDraft,
  covering: CoverQuery,
  rank: (a: AttributionDraft) => number,
  ids: Map<ClaimDraft, string>,
  ownerOf: Map<AttributionDraft, AttributionDraft>,
): Basis {
  const owner = draft.kind === 'attribution' ? ownerOf.get(draft) : undefined;
  if (owner) return basisFrom(owner, ids);
  let best: AttributionDraft | undefined;
  const size = (a: AttributionDraft) => a.content.end - a.content.start;
  for (const a of covering(draft.start, draft.end)) {
    if (a === draft) continue;
    // Ties go to the attribution found first, so the choice does not depend on the index's order.
    if (!best || size(a) < size(best) || (size(a) === size(best) && rank(a) < rank(best))) best = a;
  }
  if (!best) return { stance: 'fact' };
  return basisFrom(ownerOf.get(best) ?? best, ids);
}

const basisFrom = (a: AttributionDraft, ids: Map<ClaimDraft, string>): Basis => ({
  stance: a.stance,
  ...(a.speaker ? { speaker: a.speaker } : {}),
  attribution: ids.get(a),
});
