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

/** Every lemma WordNet relates to `x` (synonyms, its hypernyms and hyponyms), in the data's order. */
export function relatedTo(tag: string, x: string): string[] {
  const pos = WORDNET_POS[tag];
  if (pos === undefined) return [];
  const { synonyms, hypernyms } = synonymData();
  const own = (t: ByPos) => (Object.hasOwn(t[pos] ?? {}, x) ? t[pos][x] : []);
  const out = new Set([...own(synonyms), ...own(hypernyms)]);
  // Hyponyms: lemmas whose hypernyms list x. The reverse table is built once.
  for (const y of hyponymsOf(pos).get(x) ?? []) out.add(y);
  return [...out];
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
