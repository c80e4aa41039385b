import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, predicationVerbs } from '../../scripts/wordnet/predication-verbs.js';
import { idfVocabulary } from '../../scripts/wordnet/synonyms.js';

// The word vectors the generator filters with are 300 MB and no dependency: the test checks the
// committed table against what synonyms.ts's related() derives without them, and the vector
// filter against the project's synonym table, which the same filter made.
const committed = (JSON.parse(readFileSync(OUT, 'utf8')) as { verbs: Record<string, string[]> }).verbs;
const pairs = (m: Record<string, string[]>) =>
  new Set(Object.entries(m).flatMap(([x, ys]) => ys.map((y) => `${x}~${y}`)));

describe('predication-verbs-wordnet.data.json', () => {
  it('holds only pairs that synonyms.ts related() derives from WordNet 3.1', () => {
    const unfiltered = pairs(predicationVerbs(undefined));
    expect([...pairs(committed)].filter((p) => !unfiltered.has(p))).toEqual([]);
  });
  it('keeps, among verbs of idf 5 and more, exactly the verb synonyms of synonyms-wordnet.data.json', () => {
    const synonyms = JSON.parse(
      readFileSync(new URL('../../src/lexicons/data/synonyms-wordnet.data.json', import.meta.url), 'utf8'),
    ) as { synonyms: { verb: Record<string, string[]> } };
    const common = idfVocabulary(5);
    const both = (p: string) => p.split('~').every((l) => common.has(l));
    expect([...pairs(committed)].filter(both).sort()).toEqual(
      [...pairs(synonyms.synonyms.verb)].filter(both).sort(),
    );
  });
  it('leaves out light verbs of many senses and verbs too common to name an act', () => {
    for (const light of ['make', 'take', 'get', 'give', 'have', 'say'])
      expect(Object.hasOwn(committed, light)).toBe(false);
  });
});
