// "Asked about the delay, the mayor said …", "When asked whether the bridge was safe, Ruiz …": a
// clause opening with the past participle "asked" (a supplementive -ed clause, Quirk et al. 1985,
// 15.58) reports a question put to the main clause's subject by someone the sentence does not
// name. Other verbs of telling give an order or a warning ("Told to leave, …"), not a question. The question is the content and names what was
// asked about, not a proposition; there is no speaker.
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, notProposition } from './context.js';

/** What may open the question after the participle: a preposition, "whether"/"if", "to", or a wh-word. */
const QUESTION_OPENERS = new Set(['ADP', 'SCONJ', 'PART']);

/** Whether the question opens at `t`: "asked twice" or "asked it" is no question put. */
const opensQuestion = (t: Token | undefined): boolean =>
  t !== undefined && (QUESTION_OPENERS.has(t.pos) || functionWords('wh-word').has(t.lower));

/**
 * Whether the sentence opens with the participle "asked", maybe after a subordinator or adverb
 * ("When asked …"): the clause up to its comma is a question put to the speaker (postposed leaves it).
 */
export const opensWithAsked = (tokens: readonly Token[]): boolean =>
  tokens[0]?.lower === 'asked' ||
  (tokens[1]?.lower === 'asked' && (tokens[0].pos === 'SCONJ' || tokens[0].pos === 'ADV'));

/** "Asked ABOUT THE DELAY, the mayor said …": the question up to the comma, no speaker. */
export const askedOpener: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'verb' || cue.entry.lemma !== 'ask') return null;
  // The participle opens the sentence, maybe after a subordinator ("When asked …").
  if (cue.first > 1 || (cue.first === 1 && tokens[0].pos !== 'SCONJ' && tokens[0].pos !== 'ADV')) return null;
  // The participle "asked" only (not "asks", "asking").
  if (tokens[cue.first].lower !== 'asked' || !opensQuestion(tokens[cue.last + 1])) return null;
  let comma = cue.last + 1;
  while (comma < tokens.length && tokens[comma].text !== ',') comma++;
  // The main clause after the comma has a subject and a verb: "…, the mayor said".
  const np = phraseStartingAt(tokens, comma + 1);
  const verb = np ? ctx.scan.nextVerb[np.last + 1] : tokens.length;
  if (!np || comma - cue.last < 2 || verb >= tokens.length || verb - np.last > 3) return null;
  return notProposition(
    attribution(ctx, 'extract/attribution-asked', null, tokens[cue.last + 1].start, tokens[comma].start),
  );
};
