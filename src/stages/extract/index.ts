import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Basis, Claim } from '../../model/claim.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { carriesClaims } from '../../model/roles.js';
import type { SegmentedSource } from '../../model/source.js';
import { extractAttributions } from './attribution/index.js';
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
  for (const sentence of source.sentences.filter(carriesClaims)) {
    const found = extractAttributions(sentence, source);
    attributions.push(...found);
    drafts.push(
      ...found,
      ...extractBlame(sentence, source, attributions),
      ...extractQuantities(sentence, source),
      ...extractDates(sentence, source, diagnostics),
    );
  }
  drafts.sort((x, y) => x.start - y.start || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.end - y.end);
  const ids = new Map<ClaimDraft, string>(drafts.map((d, i) => [d, `c${i + 1}`]));
  const claims = drafts.map((draft) => ({
    ...draft,
    id: ids.get(draft) ?? '',
    basis: basisOf(draft, attributions, ids),
  }));
  return { ...source, diagnostics, claims: claims as Claim[] };
}

/**
 * A claim inside the content of an attribution is that speaker's; anything else the
 * outlet states in its own voice. The innermost covering attribution wins.
 */
function basisOf(draft: ClaimDraft, attributions: AttributionDraft[], ids: Map<ClaimDraft, string>): Basis {
  let best: AttributionDraft | undefined;
  for (const attribution of attributions) {
    if (attribution === draft) continue;
    const { content } = attribution;
    if (content.start <= draft.start && draft.end <= content.end) {
      if (!best || content.end - content.start < best.content.end - best.content.start) best = attribution;
    }
  }
  if (!best) return { stance: 'fact' };
  return {
    stance: best.stance,
    ...(best.speaker ? { speaker: best.speaker } : {}),
    attribution: ids.get(best),
  };
}
