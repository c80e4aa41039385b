import { describe, expect, it } from 'vitest';
import { dateWords, relativesStartingWith } from '../../src/lexicons/date-words.js';
import { vagueQuantities, vagueQuantitiesStartingWith } from '../../src/lexicons/vague-quantities.js';

// The rules ask these indexes at every token instead of scanning the whole list (issue 13): each
// must answer what the list filtered by first word answers, in the list's order (longest first),
// so that the first phrase that fits is the same one.
describe('lexicon entries by first word', () => {
  it('relative date phrases', () => {
    const { relatives } = dateWords();
    for (const word of new Set(relatives.map((r) => r.words[0])))
      expect(relativesStartingWith(word)).toEqual(relatives.filter((r) => r.words[0] === word));
    expect(relativesStartingWith('zebra')).toEqual([]);
  });

  it('vague quantities', () => {
    const list = vagueQuantities();
    for (const word of new Set(list.map((v) => v.words[0])))
      expect(vagueQuantitiesStartingWith(word)).toEqual(list.filter((v) => v.words[0] === word));
    expect(vagueQuantitiesStartingWith('zebra')).toEqual([]);
  });
});
