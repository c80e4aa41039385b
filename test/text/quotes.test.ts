import { describe, expect, it } from 'vitest';
import { isClosingQuote } from '../../src/text/quotes.js';

describe('isClosingQuote', () => {
  it.each([
    ['”', true],
    ['"', true],
    ['’', true],
    ["'", true],
    ["''", true],
    ['“', false],
    [',', false],
    ['‘', false],
    ['said', false],
    ['"\'', false],
  ])('%s → %s', (text, expected) => {
    expect(isClosingQuote(text)).toBe(expected);
  });
});
