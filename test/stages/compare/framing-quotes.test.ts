import { describe, expect, it } from 'vitest';
import { insideRange, quotedRangesOf } from '../../../src/stages/compare/framing/quotes.js';

const quoted = (text: string): string[] => quotedRangesOf(text).map(([s, e]) => text.slice(s, e));

describe('quotedRangesOf', () => {
  it.each([
    ['He said "the regime fell" on Monday.', ['"the regime fell"']],
    ['“We will win,” she said. “They will lose.”', ['“We will win,”', '“They will lose.”']],
    ["North Korea's leader met the Democrats' envoy.", []],
    ["It was not the 'cloud' he meant.", ["'cloud'"]],
    ['He called it ‘a sham’ twice.', ['‘a sham’']],
    ['“The quote runs on into the next paragraph', ['“The quote runs on into the next paragraph']],
    ['“He said ‘no’ and left,” she wrote.', ['“He said ‘no’ and left,”']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('shifts ranges by the paragraph offset', () => {
    expect(quotedRangesOf('a "b" c', 10)).toEqual([[12, 15]]);
  });
});

describe('insideRange', () => {
  it.each([
    [0, false],
    [2, true],
    [4, true],
    [5, false],
    [11, true],
    [20, false],
  ])('offset %i', (at, expected) => {
    expect(
      insideRange(
        [
          [2, 5],
          [10, 12],
        ],
        at,
      ),
    ).toBe(expected);
  });
});
