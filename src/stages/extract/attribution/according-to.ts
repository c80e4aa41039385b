// "CONTENT, according to X" and "According to X, CONTENT" (Krestel et al. 2008 list this
// as the commonest non-verbal reporting cue; PolNeAR dev has it 36 times).

import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';

/** The sourcing phrase "according to X": content is the rest of the sentence. */
export const accordingTo: AttributionRule = (ctx) => {
  const { tokens, cue, sentence } = ctx;
  if (cue.entry.lemma !== 'according to') return null;
  const np = phraseStartingAt(tokens, cue.last + 1);
  const speaker = np ? speakerOf(ctx, np) : null;
  const opensSentence = tokens.slice(0, cue.first).every((t) => t.pos === 'PUNCT' || t.pos === 'CCONJ');
  if (opensSentence) {
    const after = np ? np.last + 1 : cue.last + 1;
    if (after >= tokens.length) return null;
    return attribution(ctx, 'extract/attribution-according-to', speaker, tokens[after].start, clauseEnd(ctx));
  }
  const tail = np ? tokens[np.last + 1] : undefined;
  // "X, according to Y, will …": the content continues after the parenthetical.
  const end = tail?.lower === ',' ? clauseEnd(ctx) : tokens[cue.first].start;
  return attribution(ctx, 'extract/attribution-according-to', speaker, sentence.start, end);
};
