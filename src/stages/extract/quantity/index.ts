import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { QuantityDraft } from '../draft.js';

// PLACEHOLDER until the quantity rules land (issue 4).
export function extractQuantities(_sentence: Sentence, _source: SegmentedSource): QuantityDraft[] {
  return [];
}
