import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';

// Passages written for this test: a colon tag whose content is the next paragraph.
const PASSAGES = [
  'The Hartfield Gazette recently reported:\n\n\u201cBeyond its symbolic weight, it is unclear what the new rule will change.\u201d\n',
  'The mayor said in a statement:\n\nThe bridge will reopen on Monday after repairs.\n',
];

describe('attribution claims stay inside their sentence', () => {
  it.each(PASSAGES)('%s', (text) => {
    const source = analyzeText(text, { published: '2020-01-06' });
    const sentences = new Map(source.sentences.map((s) => [s.id, s]));
    const attributions = source.claims.filter((c) => c.kind === 'attribution');
    expect(attributions.length).toBeGreaterThan(0);
    for (const claim of source.claims) {
      const sentence = sentences.get(claim.sentence);
      expect(sentence && claim.start >= sentence.start && claim.end <= sentence.end, claim.text).toBe(true);
      expect(source.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });
});
