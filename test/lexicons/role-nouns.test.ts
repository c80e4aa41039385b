import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ancestors, isRelationalAdjective, isRoleNoun, roleRelation } from '../../src/lexicons/role-nouns.js';

// data/role-nouns.data.json is generated from WordNet 3.1 by scripts/wordnet/role-nouns.ts.
describe('role nouns (WordNet 3.1)', () => {
  it('names its source, licence and generator', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../src/lexicons/data/role-nouns.data.json', import.meta.url), 'utf8'),
    );
    expect(data.source).toMatch(/WordNet 3\.1/);
    expect(data.licence).toMatch(/WordNet/);
    expect(data.generator).toBe('scripts/wordnet/role-nouns.ts');
  });

  // The data is held compactly (numbered synsets, typed arrays): it must answer as the file reads.
  it('answers every lemma and its first senses as a walk over the file itself does', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../src/lexicons/data/role-nouns.data.json', import.meta.url), 'utf8'),
    ) as { lemmas: Record<string, string[]>; hypernyms: Record<string, string[]> };
    const walk = (lemma: string, senses: number) => {
      const seen = new Set<string>();
      const queue = (file.lemmas[lemma] ?? []).slice(0, senses);
      for (let s = queue.pop(); s !== undefined; s = queue.pop())
        if (!seen.has(s)) seen.add(s) && queue.push(...(file.hypernyms[s] ?? []));
      return [...seen].sort();
    };
    for (const lemma of [...Object.keys(file.lemmas), 'not-a-role-noun'])
      for (const senses of [1, 2, Number.POSITIVE_INFINITY])
        expect([...ancestors(lemma, senses)].sort(), `${lemma} ${senses}`).toEqual(walk(lemma, senses));
  });

  it.each([
    ['aide', true],
    ['volunteer', true],
    ['lobby', true], // second sense: a pressure group
    ['year', false], // its group sense (a school class) comes fourth
    ['memo', false],
  ])('isRoleNoun(%s) = %s', (lemma, expected) => {
    expect(isRoleNoun(lemma)).toBe(expected);
  });

  it.each([
    ['assistant', 'helper', 'synonym'],
    ['senator', 'legislator', 'kind'],
    ['legislator', 'senator', 'kind'],
    ['aide', 'volunteer', 'different'],
    ['lobby', 'advocate', 'different'],
    ['aide', 'memo', 'unknown'],
  ])('roleRelation(%s, %s) = %s', (x, y, expected) => {
    expect(roleRelation(x, y)).toBe(expected);
  });

  it.each([
    ['presidential', true],
    ['economic', true],
    ['powerful', false],
    ['former', false],
  ])('isRelationalAdjective(%s) = %s', (lemma, expected) => {
    expect(isRelationalAdjective(lemma)).toBe(expected);
  });
});
