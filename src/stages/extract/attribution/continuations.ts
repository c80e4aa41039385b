// The continuation passes run in order, each given what the passes before it continued; the tag
// pass (continuation-after-tag.ts) skips the sentences an earlier pass continued.
import type { Continuation, ContinuationInput } from './follow-quotes.js';
import { CONTINUATION_RULES } from './index.js';

/** Every continuation of the source's attributions, the passes of CONTINUATION_RULES in order. */
export function continueAttributions(input: Omit<ContinuationInput, 'earlier'>): Continuation[] {
  const continued: Continuation[] = [];
  for (const pass of CONTINUATION_RULES) continued.push(...pass.run({ ...input, earlier: continued }));
  return continued;
}
