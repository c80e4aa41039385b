// The continuation passes run in order, each given what the passes before it continued; the tag
// pass (continuation-after-tag.ts) skips the sentences an earlier pass continued.
import type { Rule } from '../../../model/rule.js';
import { followTaggedSentence } from './continuation-after-tag.js';
import { followColons } from './follow-colons.js';
import {
  type Continuation,
  type ContinuationInput,
  type ContinuationPass,
  followQuotes,
} from './follow-quotes.js';

/** Passes after the rules (src/stages/extract/attribution/index.ts): every sentence of a quotation (or a transcript paragraph) gets its speaker. */
export const CONTINUATION_RULES: readonly Rule<ContinuationPass>[] = [
  {
    id: 'extract/attribution-quote-continuation',
    stage: 'extract',
    summary: "a sentence inside a quotation carries the quotation's tag: speaker, cue and stance",
    run: followQuotes,
  },
  {
    id: 'extract/attribution-colon-continuation',
    stage: 'extract',
    summary: 'the sentences after "NAME: …" in its paragraph are that speaker\'s',
    run: followColons,
  },
  {
    id: 'extract/attribution-tag-continuation',
    stage: 'extract',
    summary: "a quotation opening a sentence after its paragraph's tagged sentence is that speaker's",
    run: followTaggedSentence,
  },
];

/** Every continuation of the source's attributions, the passes of CONTINUATION_RULES in order. */
export function continueAttributions(input: Omit<ContinuationInput, 'earlier'>): Continuation[] {
  const continued: Continuation[] = [];
  for (const pass of CONTINUATION_RULES) continued.push(...pass.run({ ...input, earlier: continued }));
  return continued;
}
