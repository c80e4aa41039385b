import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRelationalAdjective, isRoleNoun, roleRelation } from '../../src/lexicons/role-nouns.js';

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
