import type { Claim } from '../../src/model/claim.js';

/** An attribution claim whose speaker is `speaker`, for tests of speaker keys and kinds. */
export const speakerClaim = (id: string, speaker: string): Claim =>
  ({
    id,
    kind: 'attribution',
    sentence: 's1',
    start: 0,
    end: 1,
    text: 'x',
    speaker: { start: 0, end: speaker.length, text: speaker },
    basis: { stance: 'fact' },
  }) as never;
