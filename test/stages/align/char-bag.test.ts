import { describe, expect, it } from 'vitest';
import { charBag } from '../../../src/stages/align/bags.js';

/** The bag as first written: the text without what `\s` matches, then its bigrams sorted. */
function reference(text: string): number[] {
  const squeezed = text.replace(/\s+/g, '');
  const grams: number[] = [];
  for (let i = 0; i + 1 < squeezed.length; i++)
    grams.push(squeezed.charCodeAt(i) * 65_536 + squeezed.charCodeAt(i + 1));
  return grams.sort((x, y) => x - y);
}

describe('charBag', () => {
  it.each([
    ['', 0],
    ['a', 0],
    ['ab', 1],
    ['a b', 1],
    [' \t\na\u00a0b\u2028c\ufeff ', 2],
    ['the mayor\u2019s plan', 13],
  ])('%j has %i bigrams, those of the text without whitespace', (text, size) => {
    expect(charBag(text).length).toBe(size);
    expect([...charBag(text)]).toEqual(reference(text));
  });

  it('leaves out exactly the code units a regular expression reads as \\s', () => {
    let text = '';
    for (let c = 0; c < 65_536; c++) text += `${String.fromCharCode(c)}a`;
    expect([...charBag(text)]).toEqual(reference(text));
  });
});
