import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for this test (issue 10, cause 6: "a named reaction" is what a reader lists):
// an omission ranks as a quoted reaction only when an attribution gives its words to the absent
// name; a name a speech verb merely stands near (a place, a bridge) ranks as any other name.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = `${LEAD}\n\nSupporters said buses would run more often next year.`;

/** The salience of the one omission of `sentence`, placed after the shared lead. */
function salienceOf(sentence: string): number {
  const found = compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${LEAD}\n\n${sentence}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${OTHER}`),
  ).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
  expect(found).toHaveLength(1);
  return found[0].salience;
}

describe('omission rank: quoted reactions', () => {
  const quoted = "Dana Whitlock, who leads the riders' union, said the new fares were unfair.";
  const nearSpeech = 'Halloran Bridge traffic fell by a third, the mayor said on Friday.';
  const noSpeech = 'Halloran Bridge traffic fell by a third over the cold and wet winter.';

  it('a name a speech verb stands near ranks as a name', () => {
    expect(salienceOf(nearSpeech)).toBe(salienceOf(noSpeech));
  });

  it('a quoted source ranks above a name', () => {
    expect(salienceOf(quoted)).toBeGreaterThan(salienceOf(noSpeech));
  });
});
