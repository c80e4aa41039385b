// Nominal cues headed by a WordNet 3.1 noun of communication (nominal-cues-wordnet.yaml) with a
// that-clause, the frame PolNeAR's guidelines give for nominal cues (Newell, Margolin & Ruths 2018;
// Pareti 2016, §3): "the mayor's boast that she never lost" (an owner, if any, is the source, the clause
// the content; statementNoun and nominalClause read it). The nouns of the hand list
// (reporting-nouns.yaml) keep their own cues in nominal.ts and topic.ts; these widen the list of
// nouns only. The "about" frame ("her rebuttal about the audit") was measured on PolNeAR dev's tune
// part: one more prediction and no true cue, so it is left out.
import { isCommunicationNoun } from '../../../lexicons/nominal-cues.js';
import type { Token } from '../../../model/source.js';
import type { Cue } from './cue.js';

/**
 * "that" opens a content clause, not a relative one, when a subject follows it: a relative clause
 * on its subject starts with the verb ("the rebuttal that followed"). An object relative ("the
 * boast that he repeated") is read by statementNoun's own test of a clause ending in its verb.
 */
const opensClause = (tokens: Token[], k: number): boolean =>
  tokens[k]?.lower === 'that' &&
  !!tokens[k + 1] &&
  !['VERB', 'AUX', 'PUNCT', 'ADV'].includes(tokens[k + 1].pos);

/** The WordNet noun that token `t` is, in its lemma or its word form. */
function communicationNoun(t: Token): string | undefined {
  if (t.pos !== 'NOUN') return undefined;
  return [t.lemma, t.lower].find(isCommunicationNoun);
}

/** A cue of a WordNet noun of communication at token `i` before a that-clause, or undefined. */
export function communicationCue(tokens: Token[], i: number): Cue | undefined {
  // The clause first: "that" after a noun is rare, and every noun would be looked up.
  if (!opensClause(tokens, i + 1)) return undefined;
  const noun = communicationNoun(tokens[i]);
  if (!noun) return undefined;
  return { first: i, last: i, entry: { lemma: noun, kind: 'noun', stance: 'said', frame: 'that' } };
}
