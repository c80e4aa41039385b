import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/stages/extract/attribution/quotes.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

const quotesOf = (text: string): string[][] => {
  const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(text)));
  return findQuotes(source.text, source.sentences).map((q) =>
    q.pieces.map((p) => source.text.slice(p.start, p.end)),
  );
};

describe('quotation spans', () => {
  // [text, quotations (each as its pieces, one per paragraph)]
  it.each([
    ['“We won,” she said.', [['“We won,”']]],
    ['"We won," she said. "Again."', [['"We won,"'], ['"Again."']]],
    ['He said “A. B.” Then he left.', [['“A. B.”']]],
    ['“One paragraph.\n\n“Two paragraphs.”', [['“One paragraph.', '“Two paragraphs.”']]],
    ['“Left open.\n\nThe writer goes on.', [['“Left open.']]],
    ['It’s the “so-called” plan and ‘nested’ marks.', [['“so-called”']]],
    ["''It is over,'' he said. ''Really.''", [["''It is over,''"], ["''Really.''"]]],
    // Every kind of mark in one paragraph: only a mark's own character code decides (speed17).
    [
      "Ruiz's aide said “yes,” then 'no' and \"maybe\" and ''fine.''",
      [['“yes,”'], ['"maybe"'], ["''fine.''"]],
    ],
    ['No marks at all: a plain line, with its apostrophe’s.', []],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
