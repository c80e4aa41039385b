// Paraphrase at the word level: two lemmas of one part of speech that WordNet 3.1 relates in their
// common senses ("issue" / "publish", "chide" / "rebuke"). Derived by scripts/wordnet/synonyms.ts
// into lexicons/data/synonyms-wordnet.data.json; crosscheck never reads WordNet itself. Loaded on
// first use (issue 13: about 0.1 MB of JSON, nothing when no agreement is asked for).
import { readFileSync } from 'node:fs';

type ByPos = Record<string, Record<string, string[]>>;

interface SynonymData {
  synonyms: ByPos;
  hypernyms: ByPos;
}

/** WordNet's part of speech for a universal tag; names (PROPN) have none: a name is not paraphrased. */
const WORDNET_POS: Readonly<Record<string, string>> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj' };

let data: SynonymData | undefined;
function synonymData(): SynonymData {
  data ??= JSON.parse(
    readFileSync(new URL('../lexicons/data/synonyms-wordnet.data.json', import.meta.url), 'utf8'),
  ) as SynonymData;
  return data;
}

/**
 * Whether two different lemmas of the universal part of speech `tag` say the same in their common
 * senses: one synset, or one the direct hypernym of the other ("increase" is a kind of "change").
 */
export function relatedLemmas(tag: string, x: string, y: string): boolean {
  // Through `relatedTo`, which the agreement rules call, so what tests and the MSRP figure measure is what runs.
  return x !== y && relatedTo(tag, x).includes(y);
}

/** What `relatedTo` gives a word WordNet relates nothing to: one list, never changed. */
const NONE: readonly string[] = [];

// Asked of every content word of every source (issue 13: 1.7 % of what a source's first pair
// allocated), the lists are kept per part of speech for the words the data relates to something:
// bounded by the data, not by the text read, and a function of the data alone.
const relatedLists = new Map<string, Map<string, readonly string[]>>();

/** Every lemma WordNet relates to `x` (synonyms, its hypernyms and hyponyms), in the data's order (one shared list: do not change it). */
export function relatedTo(tag: string, x: string): readonly string[] {
  const pos = WORDNET_POS[tag];
  if (pos === undefined) return NONE;
  let lists = relatedLists.get(pos);
  if (!lists) {
    lists = new Map();
    relatedLists.set(pos, lists);
  }
  const known = lists.get(x);
  if (known) return known;
  const { synonyms, hypernyms } = synonymData();
  const own = (t: ByPos) => (Object.hasOwn(t[pos] ?? {}, x) ? t[pos][x] : NONE);
  // Hyponyms: lemmas whose hypernyms list x. The reverse table is built once.
  const [same, above, below] = [own(synonyms), own(hypernyms), hyponymsOf(pos).get(x) ?? NONE];
  // Most content words have none: nothing is built or kept for them.
  if (same.length === 0 && above.length === 0 && below.length === 0) return NONE;
  const related = [...new Set([...same, ...above, ...below])];
  lists.set(x, related);
  return related;
}

/** The lemmas that share a common-sense synset with `x` (no hypernyms or hyponyms), in the data's order. */
export function synonymsOf(tag: string, x: string): string[] {
  const pos = WORDNET_POS[tag];
  if (pos === undefined) return [];
  const { synonyms } = synonymData();
  return Object.hasOwn(synonyms[pos] ?? {}, x) ? synonyms[pos][x] : [];
}

const hyponyms = new Map<string, Map<string, string[]>>();
function hyponymsOf(pos: string): Map<string, string[]> {
  let map = hyponyms.get(pos);
  if (!map) {
    map = new Map();
    for (const [y, hypers] of Object.entries(synonymData().hypernyms[pos] ?? {}))
      for (const x of hypers) map.set(x, [...(map.get(x) ?? []), y]);
    hyponyms.set(pos, map);
  }
  return map;
}
