// Where the content of a speaker's report ends when the speaker opens a sentence-initial adverbial
// clause ("As the mayor said that the plan failed, residents left"): at the comma that closes it.
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, type TokenRange } from '../../../text/noun-phrase.js';
import { type CueContext, clauseEnd } from './context.js';
import { isTimeUnit } from './speaker-time.js';

/**
 * Whether the phrase at `first` follows a subordinator that opens the sentence, alone or after a
 * measure of time ("As the mayor said …", "Two years after the towns agreed …": a measure phrase
 * modifies the preposition phrase, Huddleston & Pullum 2002, ch. 7 'Prepositions and preposition
 * phrases', which counts "after" with a clause as a preposition).
 */
function opensAdverbial(tokens: Token[], first: number): boolean {
  if (first < 1 || !functionWords('subordinator').has(tokens[first - 1].lower)) return false;
  const measure = tokens.slice(0, first - 1);
  return (
    measure.every((t) => t.pos === 'NUM' || t.pos === 'DET' || isTimeUnit(t)) &&
    (first === 1 || measure.some(isTimeUnit))
  );
}

/**
 * Where the content ends: the clause's end, or, when the speaker opens a sentence-initial adverbial
 * clause ("As the mayor said that the plan failed, residents left"), the comma that closes that
 * clause, since the main clause after it is not what was said (Quirk et al. 1985, 15.17). That
 * comma is the last one followed by a subject and its verb: commas of a list or a relative clause
 * inside the content come before it ("that the buses, the trams and the ferries were safe, the …").
 */
export function adverbialClauseEnd(ctx: CueContext, np: TokenRange): number {
  const { tokens, cue } = ctx;
  const end = clauseEnd(ctx);
  if (!opensAdverbial(tokens, np.first)) return end;
  for (let j = tokens.length - 1; j > cue.last; j--) {
    if (tokens[j].text !== ',' || tokens[j].start >= end) continue;
    const subject = phraseStartingAt(tokens, j + 1);
    if (subject && /^(?:VERB|AUX)$/u.test(tokens[subject.last + 1]?.pos ?? '')) return tokens[j].start;
  }
  return end;
}
