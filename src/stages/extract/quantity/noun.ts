import type { Token } from '../../../model/source.js';
import { touches } from './context.js';

/** The counted noun of a quantity: its lemma and the index of its head token. */
export interface CountedNoun {
  lemma: string;
  head: number;
}

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_PHRASE = 5;

/** True when token `j` continues a noun phrase: a modifier or noun, or a hyphen inside a compound. */
function continuesPhrase(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (PHRASE_POS.has(t.pos)) return true;
  return t.lower === '-' && touches(tokens[j - 1], t) && touches(t, tokens[j + 1]);
}

/**
 * The head of the noun phrase that starts at token `i`: the last noun of a run of modifiers
 * and nouns ("20 rockets" → rocket, "dozens of Iranian targets" → target). An "of" first, with
 * an optional determiner, is stepped over ("three of the soldiers"). The phrase stops at `taken`
 * tokens (a date: "a three-day visit Monday"). Null when no noun follows.
 */
export function countedNoun(tokens: Token[], i: number, taken: boolean[] = []): CountedNoun | null {
  let j = i;
  if (tokens[j]?.lower === 'of') j += tokens[j + 1]?.pos === 'DET' ? 2 : 1;
  let head = -1;
  for (let k = j; k < tokens.length && k < j + MAX_PHRASE && !taken[k] && continuesPhrase(tokens, k); k++) {
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') head = k;
  }
  if (head < 0) return null;
  return { lemma: tokens[head].lemma, head };
}
