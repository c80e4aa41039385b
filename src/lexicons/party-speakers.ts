import { loadLexicon } from './load.js';

let lemmas: ReadonlySet<string> | undefined;

/**
 * Whether a word of a speaker's mention names a party to a legal dispute (data/party-speakers.yaml):
 * "Prosecutors", "the prosecution", "the lawsuit". Read lower-cased, and singular when the word is
 * a regular plural ("prosecutors").
 */
export function isPartySpeaker(word: string): boolean {
  lemmas ??= new Set(loadLexicon<{ lemma: string }>('party-speakers').entries.map((e) => e.lemma));
  const lower = word.toLowerCase();
  return lemmas.has(lower) || (lower.endsWith('s') && lemmas.has(lower.slice(0, -1)));
}
