// wink-nlp's tagger reads unknown capitalised names as verbs ("Brandt/VERB said/VERB",
// "Ilse M. Brandt/VERB"), which hides the speaker from the noun-phrase chunker. Before the
// attribution rules run, such tokens are retagged as proper nouns: a capitalised "verb" in the
// middle of a clause, or one that opens the sentence right before another verb.
import type { Token } from '../../../model/source.js';

const CAPITAL = /^\p{Lu}/u;
/** After these a capital starts a new clause or a quotation, so it may really be a verb. */
const CLAUSE_START = /^(?:["“‘'(:;—–-]|\.\.\.|…)$/u;

function misTaggedName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !CAPITAL.test(t.text) || t.text === 'I') return false;
  const before = tokens[i - 1];
  if (before && !CLAUSE_START.test(before.text)) return true;
  const next = tokens[i + 1];
  return next?.pos === 'VERB' || next?.pos === 'AUX' || (next !== undefined && next.text === ',');
}

/** The sentence's tokens with capitalised names that wink tagged as verbs retagged `PROPN`. */
export function retagNames(tokens: Token[]): Token[] {
  let copy: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!misTaggedName(tokens, i)) continue;
    copy ??= [...tokens];
    copy[i] = { ...tokens[i], pos: 'PROPN' };
  }
  return copy ?? tokens;
}
