// "in what the Tel Aviv regime claimed was its most extensive strike": a free relative whose
// verb reports the predicate after "was". The content is what was claimed.

import { phraseEndingAt } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';

/** "what X claimed/said was Y": speaker X, content Y (up to the next comma or the end). */
export const whatClaimed: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  const np = phraseEndingAt(tokens, cue.first - 1);
  if (!np || tokens[np.first - 1]?.lower !== 'what') return null;
  const be = tokens[cue.last + 1];
  if (be?.lemma !== 'be') return null;
  let last = cue.last + 2;
  while (last < tokens.length && !/^[,;.!?]$/u.test(tokens[last].text)) last++;
  if (last === cue.last + 2) return null;
  return attribution(
    ctx,
    'extract/attribution-what-claimed',
    speakerOf(ctx, np),
    tokens[cue.last + 2].start,
    tokens[last - 1].end,
  );
};
