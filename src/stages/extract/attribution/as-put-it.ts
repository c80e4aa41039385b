// A comment clause (Quirk et al. 1985, §15.54) attributes the clause it comments on:
// "As the mayor put it, the budget is a promise kept" / "The budget is a promise kept, as the mayor put it."
import { subjectOf } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';

/** "as X put it": the speaker sits between "as" and the cue; the content is the clause on the other side of the comma. */
export const asPutIt: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.lemma !== 'put it') return null;
  const np = subjectOf(tokens, cue.first);
  const as = np ? np.first - 1 : -1;
  if (!np || tokens[as]?.lower !== 'as') return null;
  const speaker = speakerOf(ctx, np);
  const opens = tokens.slice(0, as).every((t) => t.pos === 'PUNCT');
  if (opens && tokens[cue.last + 1]?.text === ',' && cue.last + 2 < tokens.length)
    return attribution(
      ctx,
      'extract/attribution-as-put-it',
      speaker,
      tokens[cue.last + 2].start,
      clauseEnd(ctx),
    );
  if (tokens[as - 1]?.text === ',')
    return attribution(
      ctx,
      'extract/attribution-as-put-it',
      speaker,
      ctx.sentence.start,
      tokens[as - 1].start,
    );
  return null;
};
