import { loadLexicon } from './load.js';

let words: Set<string> | undefined;

/**
 * Whether a word in lower case is said to address someone without a name ("lad", "comrade";
 * `data/forms-of-address.yaml`, generated from WordNet 3.1's glosses): capitalised alone at the
 * opening of a sentence or quotation with a comma after it, it names no one.
 */
export function isFormOfAddress(lower: string): boolean {
  words ??= new Set(loadLexicon<{ word: string }>('forms-of-address').entries.map((e) => e.word));
  return words.has(lower);
}
