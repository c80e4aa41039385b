import type { Diagnostic } from '../../../model/diagnostic.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { DateDraft } from '../draft.js';

// PLACEHOLDER until the date rules land (issue 4).
export function extractDates(
  _sentence: Sentence,
  _source: SegmentedSource,
  _diagnostics: Diagnostic[],
): DateDraft[] {
  return [];
}
