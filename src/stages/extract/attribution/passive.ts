// Passive reporting verbs: "The bill was criticized by the mayor", "Her plan was praised",
// "Mr. Okafor was accused of bribery". PolNeAR counts them (Newell et al. 2018: the content may be
// the passive's subject); the subject is what was said about, so the content is that noun phrase,
// marked as no proposition, and the speaker is the "by" agent when there is one.
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, notProposition, speakerOf } from './context.js';
import { cueSubject } from './distant-subject.js';

/** "It was reported that …", "There was said …": a dummy subject names nothing said about; "that was proved" is relative. */
const DUMMY = /^(?:it|there|that)$/u;
/**
 * "is supposed to", "was charged with": a passive before "to" or "with" is a fixed phrase or a legal
 * act more often than a report (Quirk et al. 1985, ch. 3: semi-auxiliaries "be supposed to").
 */
const NOT_AFTER = /^(?:to|with)$/u;

/** "SUBJECT was criticized (by SPEAKER)": the subject noun phrase as content. */
export const passiveRule: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'passive' || NOT_AFTER.test(tokens[cue.last + 1]?.lower ?? '')) return null;
  // "A delegation was expected on Monday, he wrote": beside another cue the passive is inside its content.
  if (ctx.cues.some((c) => c !== cue && c.entry.kind !== 'passive')) return null;
  const np = cueSubject(tokens, cue, ctx.cues);
  if (!np || (np.first === np.last && DUMMY.test(tokens[np.first].lower))) return null;
  // "The report being criticized by the union was written": an earlier passive's agent is no subject.
  if (tokens[np.first - 1]?.lower === 'by') return null;
  const agent = tokens[cue.last + 1]?.lower === 'by' ? phraseStartingAt(tokens, cue.last + 2) : null;
  const draft = attribution(
    ctx,
    'extract/attribution-passive',
    agent ? speakerOf(ctx, agent) : null,
    tokens[np.first].start,
    tokens[np.last].end,
  );
  return notProposition(draft);
};
