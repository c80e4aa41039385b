import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { factsOf } from '../../../src/stages/compare/facts/fact.js';
import { article } from './facts-helpers.js';

/** The fact of the figure written `text` in `sentence`: what it is of and the span it is per. */
function factOf(sentence: string, text: string) {
  const source = analyzeText(article('A', '2025-03-10', [sentence]), {}, 'ev/a.txt');
  const fact = factsOf(source, 'a').find((f) => f.claim.text === text);
  expect(fact, `no fact "${text}" in: ${sentence}`).toBeDefined();
  return { what: [...(fact?.what ?? [])].sort(), per: fact?.per };
}

// What an amount or a share is of is read from the words after it (fact-what.ts).
describe('what an amount is of', () => {
  it('is what it is "in" or "of"', () => {
    expect(factOf('The firm paid $43 million in taxes.', '$43 million').what).toEqual(['tax']);
  });

  // Blind 32 reader: "shares fell 4% on Tuesday" / "6% in trading on Tuesday" are one fall.
  it('is never the day it is "on"', () => {
    expect(factOf("The ferry operator's shares fell 4% on Tuesday.", '4%').what).toEqual([]);
  });

  // Blind 31 reader: "worth 2.1 billion euros a year" is a rate; "year" is its span.
  it('is never the span of a rate, which the fact keeps apart', () => {
    expect(
      factOf("Velmar's exports, worth 2.1 billion euros a year, have stopped.", '2.1 billion euros'),
    ).toEqual({
      what: [],
      per: 'year',
    });
  });

  it('keeps a time after the amount ("$18 billion last year")', () => {
    expect(factOf('Trade between them was worth $18 billion last year.', '$18 billion')).toEqual({
      what: ['last', 'year'],
      per: undefined,
    });
  });
});

// Blind 39 reader: "Turnout was 38.4 percent" / "Turnout was 41 percent" were two omissions, not
// one figure given twice. A figure that is the complement of a linking verb measures its subject.
describe('what a figure after a linking verb measures', () => {
  it('is the subject of "be"', () => {
    expect(factOf('Turnout was 38.4 percent, officials said.', '38.4 percent').what).toEqual(['turnout']);
  });

  it('is the subject of "stood at" and "remained at"', () => {
    expect(factOf('Containment stood at 15 percent on Monday.', '15 percent').what).toEqual(['containment']);
    expect(factOf('The jobless rate remained at 5 percent.', '5 percent').what).toEqual(['rate']);
  });

  it('is not a name or a pronoun, and not across a clause', () => {
    expect(factOf('It was 40 percent.', '40 percent').what).toEqual([]);
    expect(factOf('Velmar was 12 percent ahead.', '12 percent').what).toEqual([]);
    expect(factOf('The vote passed, and it was 60 percent.', '60 percent').what).toEqual([]);
  });

  it('is not the subject of a verb of change, whose figure is a new level or a change', () => {
    expect(factOf('Turnout rose 4 percent.', '4 percent').what).toEqual([]);
  });
});
