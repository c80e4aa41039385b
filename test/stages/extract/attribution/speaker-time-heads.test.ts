// Passages written for this test (review of cues8, finding 3): a time phrase before a temporal
// preposition, or a chunker's join of two phrases, is never widened into the speaker.
import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../../src/model/claim.js';
import { analyzeText } from '../../../../src/pipeline.js';

/** [passage, the words a speaker must not start with]. */
const ROWS: [string, string][] = [
  ['Three winters after the pilot said the dock was sound, the board met.', 'Three winters'],
  ['The month before the strike workers said the wage was low.', 'The month'],
  ['The spring after the storm farmers said the dikes were weak.', 'The spring'],
  ['Last spring in Ely the clerk said the dock was unsafe.', 'Last spring'],
  ['The day of the storm in Ely the clerk said the dock failed.', 'The day'],
  ['The night of the vote in Ely the clerk said the dock failed.', 'The night'],
];

describe('no time phrase widened into a speaker', () => {
  it.each(ROWS)('%s', (text, time) => {
    const speakers = analyzeText(text, { outlet: 'test', published: '2026-11-30' })
      .claims.filter((c): c is AttributionClaim => c.kind === 'attribution')
      .map((a) => (a.speaker ? text.slice(a.speaker.start, a.speaker.end) : ''));
    expect(speakers).toHaveLength(1);
    expect(speakers[0].startsWith(time)).toBe(false);
  });

  it.each([
    [
      'Officials of the Ministry of Defense in London said the plan failed.',
      'Officials of the Ministry of Defense in London',
    ],
    // A determiner after "and" is inside one coordinated phrase, not the start of a second.
    [
      'A study by Yale and the University of Ohio found the dikes were weak.',
      'A study by Yale and the University of Ohio',
    ],
  ])('still widens a postmodifier that is no time: %s', (text, speaker) => {
    const [a] = analyzeText(text, { outlet: 'test', published: '2026-11-30' }).claims.filter(
      (c): c is AttributionClaim => c.kind === 'attribution',
    );
    expect(a.speaker && text.slice(a.speaker.start, a.speaker.end)).toBe(speaker);
  });
});
