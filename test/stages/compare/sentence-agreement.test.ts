import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

// Issue 10: agreements are often whole facts ("met at the White House on Sunday" / "met
// privately at the White House on Sunday"), found wherever the sentences stand.
describe('sentence agreement', () => {
  const a = article('A', '2012-12-10', [
    'The president and the speaker met Sunday afternoon at the White House for the first time in weeks.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'Fans of the visiting team sang outside the arena.',
    'With three weeks left, the president and the speaker met privately at the White House on Sunday.',
  ]);
  const agreements = compareArticles(a, b).filter((f) => f.ruleId === 'compare/sentence-agreement');
  const texts = agreements.map((f) => [f.a[0].text, f.b[0].text]);

  it('pairs the two reports of the meeting, though they stand in different places', () => {
    expect(texts).toContainEqual([
      'The president and the speaker met Sunday afternoon at the White House for the first time in weeks.',
      'With three weeks left, the president and the speaker met privately at the White House on Sunday.',
    ]);
  });

  it('does not pair sentences about different things', () => {
    expect(texts.filter(([x]) => x.startsWith('Protesters'))).toEqual([]);
  });

  it('gives every agreement evidence on both sides', () => {
    for (const f of agreements) {
      expect(f.kind).toBe('agreement');
      expect(f.a).toHaveLength(1);
      expect(f.b).toHaveLength(1);
    }
  });
});

// Issue 10: one clause of a long sentence can repeat a sentence of the other article, and the
// same long sentence can agree with two sentences there, one clause each.
describe('sentence agreement by clause', () => {
  const a = article('A', '2012-12-10', [
    'With the deadline three weeks away, the president and the speaker met privately at the White House on Sunday, as a senior senator urged his party to accept higher tax rates for the wealthy.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'The president and the speaker met Sunday afternoon at the White House.',
    'Fans of the visiting team sang outside the arena.',
    'A senior senator urged his party to accept higher tax rates for the wealthy, a shift that stunned colleagues.',
  ]);
  const spans = compareArticles(a, b)
    .filter((f) => f.ruleId === 'compare/sentence-agreement')
    .map((f) => [f.a[0].text, f.b[0].text]);

  it.each([
    [
      'the president and the speaker met privately at the White House on Sunday',
      'The president and the speaker met Sunday afternoon at the White House.',
    ],
    [
      'as a senior senator urged his party to accept higher tax rates for the wealthy',
      'A senior senator urged his party to accept higher tax rates for the wealthy',
    ],
  ])('%s ~ %s', (x, y) => {
    expect(spans).toContainEqual([x, y]);
  });
});

// A clause that is a name and a title is lighter than most sentences that mention the person;
// it agrees with one only by a shared act, not by the name's words.
describe('sentence agreement on a name and title alone', () => {
  const a = article('A', '2012-12-10', [
    'The White House asked former President Bill Clinton to talk to the candidate about a senior post in the administration.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'Fans of the visiting team sang outside the arena.',
    'The prize for the best speech of the season went to a famous orator, former President Bill Clinton.',
  ]);
  it('is no agreement', () => {
    const agreements = compareArticles(a, b).filter((f) => f.ruleId === 'compare/sentence-agreement');
    expect(agreements.map((f) => f.b[0].text).filter((text) => text.includes('Clinton'))).toEqual([]);
  });
});

// A quotation both print is an agreement of its own, beside a paraphrase of the same remark.
describe('sentence agreement on the same quotation', () => {
  const a = article('A', '2018-04-20', [
    'The mayor tweeted that the released report "shows clearly that the tender involved no bribery, no kickbacks and no fraud."',
  ]);
  const b = article('B', '2018-04-20', [
    'The mayor tweeted that the released report shows the tender was clean.',
    '"The report just out shows clearly that the tender involved no bribery, no kickbacks and no fraud," the mayor wrote.',
  ]);
  const spans = compareArticles(a, b)
    .filter((f) => f.ruleId === 'compare/sentence-agreement' && f.confidence >= 0.5)
    .map((f) => [f.a[0].text, f.b[0].text]);

  it('pairs the quotation with the same words on the other side', () => {
    expect(spans).toContainEqual([
      'the released report "shows clearly that the tender involved no bribery, no kickbacks and no fraud',
      'The report just out shows clearly that the tender involved no bribery, no kickbacks and no fraud',
    ]);
  });
});
