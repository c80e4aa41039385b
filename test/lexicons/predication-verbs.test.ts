import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, predicationVerbsFile } from '../../scripts/wordnet/predication-verbs.js';

describe('predication-verbs-wordnet.data.json', () => {
  it('is what scripts/wordnet/predication-verbs.ts derives from WordNet 3.1', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(predicationVerbsFile());
  });
  it('leaves out light verbs of many senses and verbs too common to name an act', () => {
    const verbs = (JSON.parse(readFileSync(OUT, 'utf8')) as { verbs: Record<string, string[]> }).verbs;
    for (const light of ['make', 'take', 'get', 'give', 'have', 'say'])
      expect(Object.hasOwn(verbs, light)).toBe(false);
  });
});
