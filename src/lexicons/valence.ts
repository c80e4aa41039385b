import { loadLexicon } from './load.js';

let byWord: Map<string, number> | undefined;

/**
 * The valence of a word in AFINN-165 (data/valence-words.yaml, Nielsen 2011): -5 (very
 * negative) to +5 (very positive); undefined for a word the list does not rate, which the list
 * leaves to be read as neutral. Looked up by lower-cased form.
 */
export function valenceOf(word: string): number | undefined {
  if (!byWord) {
    const entries = loadLexicon<{ word: string; valence: number }>('valence-words').entries;
    byWord = new Map(entries.map((e) => [e.word, e.valence]));
  }
  return byWord.get(word);
}
