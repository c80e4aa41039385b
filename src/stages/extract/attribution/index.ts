import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';

// PLACEHOLDER until the attribution rules land (issue 4).
export function extractAttributions(_sentence: Sentence, _source: SegmentedSource): AttributionDraft[] {
  return [];
}
