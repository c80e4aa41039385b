import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft, BlameDraft } from '../draft.js';

// PLACEHOLDER until the blame rules land (issue 4).
export function extractBlame(
  _sentence: Sentence,
  _source: SegmentedSource,
  _attributions: AttributionDraft[],
): BlameDraft[] {
  return [];
}
