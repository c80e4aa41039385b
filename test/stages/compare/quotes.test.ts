import { describe, expect, it } from 'vitest';
import { quotedRanges } from '../../../src/stages/compare/attribution/quotes.js';

/** The quoted stretches of a text. */
const quoted = (text: string) => quotedRanges(text).map((r) => text.slice(r.start, r.end));

describe('quotation spans', () => {
  const table: [string, string[]][] = [
    ['He said "we will win" and left.', ['"we will win"']],
    ['She said “we will win,” and “soon.”', ['“we will win,”', '“soon.”']],
    // A source that lost the opening mark: the quote runs from the start of its paragraph.
    [
      'Intro.\n\nJust heard the news," he tweeted. "This is good."',
      ['Just heard the news,"', '"This is good."'],
    ],
    // An unclosed paragraph continues when the next opens with a quotation mark.
    ['"First part.\n\n"Second part," she said.', ['"First part.\n\n"Second part,"']],
    ['"Unclosed part.\n\nThe reporter went on.', ['"Unclosed part.']],
  ];
  it.each(table)('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
