import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/model/source.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import type { Anchor } from '../../../src/stages/compare/omission/anchors.js';
import { groupItems } from '../../../src/stages/compare/omission/group.js';
import type { OmittedItem } from '../../../src/stages/compare/omission/items.js';

// Issue 10, user trial 6 item 3: one omission finding is one development a reader can check:
// not sentences paragraphs apart that share a name, not most of an article, and "quotes X" only
// of whom the article quotes. Passages written for these tests.

/** Whole new sentences sharing one absent name, at these paragraphs (sentence index = position). */
const itemsAt = (paragraphs: number[]): OmittedItem[] =>
  paragraphs.map((paragraph, index) => ({
    sentence: { id: `s${index + 1}`, index, paragraph } as unknown as Sentence,
    whole: true,
    absent: [{ type: 'name', key: 'name:ortiz', weight: 3 } as unknown as Anchor],
    novelty: 1,
    unsaid: 1,
    local: 1,
    unsaidNear: 1,
    gap: false,
    claims: [],
    sentenceClaims: [],
  }));

// Splitting at paragraph gaps too was measured and left out (omission/group.ts, MAX_ITEMS).
describe('groupItems splits a group at its size', () => {
  it.each([
    ['two paragraphs between stay one', [1, 4], [2]],
    ['ten sentences of one paragraph stay one', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [10]],
    ['twelve sentences are two findings', [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4], [10, 2]],
  ])('%s', (_what, paragraphs, sizes) => {
    expect(groupItems(itemsAt(paragraphs)).map((g) => g.length)).toEqual(sizes);
  });
});

const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = `${LEAD}\n\nSupporters said buses would run more often next year.`;
const explanationsOf = (a: string): string[] =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${OTHER}`),
  )
    .findings.filter((f) => f.kind === 'omission' && f.a.length > 0)
    .map((f) => f.explanation);

describe('"quotes X" only of a quoted source', () => {
  it('names, not quotes, a body that did not respond', () => {
    const found = explanationsOf(
      `${LEAD}\n\nThe Rivertown Gazette did not immediately respond to a request for comment about the fare rise on Wednesday.`,
    ).join(' | ');
    expect(found).toMatch(/names Rivertown Gazette/);
    expect(found).not.toMatch(/quotes Rivertown Gazette/);
  });

  it('still quotes a speaker an attribution names', () => {
    const found = explanationsOf(
      `${LEAD}\n\n"This is a win for every rider in Rivertown," Mayor Lena Ortiz said on Wednesday.`,
    ).join(' | ');
    expect(found).toMatch(/quotes Mayor Lena Ortiz/);
  });

  it.each([
    [
      'quotes the sentence that quotes the speaker, not the first of the development',
      `${LEAD}\n\nThe depot near the river has been closed since the flood last spring. "This is a disgrace for every rider in Rivertown," Mayor Lena Ortiz said of the depot on Wednesday.`,
      /quotes Mayor Lena Ortiz;[^"]*""This is a disgrace/,
    ],
    [
      'quotes the sentence that holds the name it names',
      `${LEAD}\n\nThe depot near the river has been closed since the flood last spring. The Rivertown Gazette did not immediately respond to a request for comment about the depot on Wednesday.`,
      /names Rivertown Gazette;[^"]*"The Rivertown Gazette/,
    ],
  ])('%s', (_what, a, expected) => {
    expect(explanationsOf(a).join(' | ')).toMatch(expected);
  });
});
