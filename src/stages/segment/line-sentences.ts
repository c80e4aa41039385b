// One line's sentences: wink's pieces, with the join rules run in their order on every break, so
// that a break wink made inside a sentence is undone (or, for a cut state tag, moved by a token).
import type { Rule } from '../../model/rule.js';
import { type TokenizedSentence, tokenizeLine } from '../../text/nlp.js';
import type { JoinInput, JoinRule } from './join-rules.js';

/** What the first join rule that speaks says of a break: join, carry one token back, or keep it. */
function joinOutcome(input: JoinInput, rules: readonly Rule<JoinRule>[]): boolean | 'carry' {
  for (const rule of rules) {
    const outcome = rule.run(input);
    if (outcome) return outcome;
  }
  return false;
}

/** wink's sentences of one line, with the breaks the join rules undo merged back. */
export function sentencesOfLine(
  text: string,
  start: number,
  headline: boolean,
  rules: readonly Rule<JoinRule>[],
): TokenizedSentence[] {
  const pieces: TokenizedSentence[] = [];
  for (const piece of tokenizeLine(text, start)) {
    const before = pieces.at(-1);
    const outcome = before
      ? joinOutcome({ before: before.tokens, after: piece.tokens, headline }, rules)
      : false;
    if (before && outcome === true) {
      before.tokens.push(...piece.tokens);
      before.end = piece.end;
    } else if (before && outcome === 'carry') {
      // "D-N." | "Y. “We …”": the state's last part ends the sentence before; the rest starts anew.
      const [carried, ...rest] = piece.tokens;
      before.tokens.push(carried);
      before.end = carried.end;
      pieces.push({ start: rest[0].start, end: piece.end, tokens: rest });
    } else pieces.push({ ...piece, tokens: [...piece.tokens] });
  }
  return pieces;
}
