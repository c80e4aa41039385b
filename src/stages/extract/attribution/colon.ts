// A speaker's name and a colon open what they say: headlines ("Ostrander: Bridge Tolls
// Will Stay"), transcripts ("HOLLIS: Let's start …"), "Ostrander continued:" is the verb's.
// Only a name that opens the sentence counts, so "The plan: cut taxes" is left alone.
import { isColonLabel } from '../../../lexicons/colon-labels.js';
import { phraseEndingAt, subjectOf } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';

const NAME = /^\p{Lu}/u;

/** "NAME: CONTENT": the colon is the cue when a proper name from the sentence start precedes it. */
export const colon: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'punctuation') return null;
  const np = phraseEndingAt(tokens, cue.first - 1);
  if (!np || tokens.slice(0, np.first).some((t) => t.pos !== 'PUNCT')) return null;
  const words = tokens.slice(np.first, np.last + 1);
  if (words.length > 6 || !words.every((t) => NAME.test(t.text) || t.pos === 'PUNCT')) return null;
  if (!words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return null;
  // "Correction:", "The Latest:", "Source:" label a line; they name no speaker.
  if (isColonLabel(ctx.text.slice(tokens[np.first].start, tokens[np.last].end))) return null;
  if (cue.last + 1 >= tokens.length) return null;
  return attribution(
    ctx,
    'extract/attribution-colon',
    speakerOf(ctx, np),
    tokens[cue.last + 1].start,
    clauseEnd(ctx),
  );
};

/** "Ostrander continued:" ending its sentence: what follows, the next sentence, is the content. */
export const colonTag: AttributionRule = (ctx) => {
  const { tokens, cue, next } = ctx;
  if (cue.entry.kind === 'punctuation' || !next || tokens.at(-1)?.text !== ':') return null;
  // Only a short adjunct may sit between the cue and the colon: "said in a statement:".
  if (tokens.length - 1 - cue.last > 6) return null;
  const np = subjectOf(tokens, cue.first);
  if (!np) return null;
  return attribution(ctx, 'extract/attribution-colon-tag', speakerOf(ctx, np), next.start, next.end);
};
