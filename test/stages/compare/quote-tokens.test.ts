import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { around, aroundByScan, sourceTokens } from '../../../src/stages/compare/attribution/quote-tokens.js';
import { quotations } from '../../../src/stages/compare/attribution/voice.js';

// Passages written for this test: quotations tagged before, after, across sentences and
// paragraphs, at the very start and end of the text, and one with no tag.
const TEXTS = [
  '“We will not back down,” Mayor Dana Lee said on Tuesday. The council voted 5-2.',
  'Lee told reporters, “The budget is fair.” She left early.\n\n“It was a long night,” she added.',
  'The council met. “Buses first.\n\n“Then the bridges,” said Lee, who chairs the board.\n\nNo one objected.',
  'He went on, "We need the money now." Nobody answered "yes" or "no"',
  'The plan, Lee wrote, is “a start”: it funds 12 routes. Critics called it “thin.”',
];

describe('the tokens around a quotation (quote-tokens.ts)', () => {
  it.each(TEXTS.map((t) => [t]))('binary search gives what the plain filters give: %s', (text) => {
    const source = analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${text}`);
    const tokens = sourceTokens(source);
    const quotes = quotations(source);
    expect(tokens.ordered).toBe(true);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(around(tokens, q)).toEqual(aroundByScan(tokens.list, q));
  });
});
