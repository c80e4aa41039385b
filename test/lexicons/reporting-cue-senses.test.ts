import { describe, expect, it } from 'vitest';
import type { Synset } from '../../scripts/wordnet/read-wordnet.js';
import { type SenseClass, selectSenses } from '../../scripts/wordnet/reporting-cue-senses.js';

/** A synset written for the test: only its file and frames matter to the selection. */
const sense = (offset: string, lexFile: string, frames: number[]): Synset => ({
  offset,
  pos: 'verb',
  lexFile,
  words: ['x'],
  pointers: [],
  frames,
  gloss: 'a sense written for the test',
});

const CLASSES: SenseClass[] = [
  { id: 'speech-clause', lexFiles: ['verb.communication'], maxRank: 2, frames: [26], cue: 'clause' },
  {
    id: 'speech-object',
    lexFiles: ['verb.communication'],
    maxRank: 1,
    frames: [8],
    cue: 'topic',
    maxSenses: 2,
  },
];

const speechClause = sense('1', 'verb.communication', [8, 26]);
const speechObject = sense('2', 'verb.communication', [8]);
const contact = sense('3', 'verb.contact', [8, 26]);

describe('selectSenses: the first sense, most frequent first, that a class admits', () => {
  it.each([
    ['sense 1 of speech with a that-clause', [speechClause], 'speech-clause', 1],
    [
      'sense 2 of speech with a that-clause, after a sense of contact',
      [contact, speechClause],
      'speech-clause',
      2,
    ],
    ['sense 1 of speech with an object, of two senses', [speechObject, contact], 'speech-object', 1],
    [
      'sense 1 of speech with an object, of three senses',
      [speechObject, contact, contact],
      undefined,
      undefined,
    ],
    [
      'sense 2 of speech with an object (the class reads sense 1 only)',
      [contact, speechObject],
      undefined,
      undefined,
    ],
    ['sense 3 of speech with a that-clause', [contact, contact, speechClause], undefined, undefined],
    ['no sense of speech', [contact], undefined, undefined],
  ] as const)('%s', (_, senses, classId, rank) => {
    const pick = selectSenses(senses, CLASSES);
    expect(pick?.classId).toBe(classId);
    expect(pick?.rank).toBe(rank);
  });
});
