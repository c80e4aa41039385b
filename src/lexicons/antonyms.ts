// Antonyms from WordNet 3.1, derived by scripts/wordnet/antonyms.ts into
// data/antonyms-wordnet.data.json; crosscheck never reads WordNet itself. Sentence agreement
// asks it whether two clauses differ by opposite words ("rose" / "fell").
import { readFileSync } from 'node:fs';

let data: Record<string, string[]> | undefined;

/** The lemmas WordNet gives as antonyms of `lemma` in its common senses, any part of speech. */
export function antonymsOf(lemma: string): readonly string[] {
  data ??= (
    JSON.parse(readFileSync(new URL('./data/antonyms-wordnet.data.json', import.meta.url), 'utf8')) as {
      antonyms: Record<string, string[]>;
    }
  ).antonyms;
  return Object.hasOwn(data, lemma) ? data[lemma] : [];
}
