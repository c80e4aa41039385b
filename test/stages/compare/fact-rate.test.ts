import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

/** Divergences between two articles that open with `lead` and then differ in one sentence. */
const divergencesAfter = (lead: string) => (x: string, y: string) =>
  compareArticles(article('A', '2025-03-10', [lead, x]), article('B', '2025-03-10', [lead, y])).filter(
    (f) => f.kind === 'divergence',
  );

// Blind 31 reader: "roughly 2,300 crowns a year" / "about 190 crowns more a month" is one rise
// told per year and per month (190 × 12 = 2,280), no divergence. Rates over two spans are two facts.
describe('rates over different spans of time', () => {
  const divergences = divergencesAfter('The Velmar parliament raised the minimum wage on Monday.');

  it('does not set a yearly sum against a monthly one', () => {
    expect(
      divergences(
        'For a full-time cleaner, the rise is worth roughly 2,300 crowns a year.',
        'A full-time cleaner will earn about 190 crowns more a month under the rise.',
      ),
    ).toEqual([]);
  });

  it('still sets two yearly sums of one rise against each other', () => {
    const found = divergences(
      'For a full-time cleaner, the rise is worth roughly 2,300 crowns a year.',
      'For a full-time cleaner, the rise is worth roughly 3,900 crowns a year.',
    );
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual([
      ['roughly 2,300 crowns', 'roughly 3,900 crowns'],
    ]);
  });

  it('reads "a year earlier" after a sum as a time, not a span', () => {
    const found = divergences(
      'For a full-time cleaner, the rise is worth 2,300 crowns a year earlier than planned.',
      'For a full-time cleaner, the rise is worth 3,900 crowns a month earlier than planned.',
    );
    expect(found).toHaveLength(1);
  });

  // Blind 31 reader: a rate's span is not what the amount is of; "year" alone tied one way's
  // exports to the trade both ways.
  it('does not tie two sums by the span they are per', () => {
    expect(
      divergences(
        "Velmar's fish exports to Ostra, worth 2.1 billion euros a year, have stopped.",
        'Trade between the two neighbours is worth about 4.5 billion euros a year.',
      ),
    ).toEqual([]);
  });
});

// Blind 42 reader: "about 14,000 riders" on the routes a weekday against "fewer than 10 riders per
// vehicle hour" on some of them were called a divergence. A ratio is another measure than a count.
describe('a ratio after "per" and a count', () => {
  const divergences = divergencesAfter(
    'The Orland transit board voted on Thursday to cut eleven bus routes.',
  );

  it('sets no count of riders against riders per vehicle hour', () => {
    expect(
      divergences(
        'The eleven routes carry about 14,000 riders on a typical weekday, the board said.',
        'Several of the eleven routes carry fewer than 10 riders per vehicle hour, the board said.',
      ),
    ).toEqual([]);
  });

  it('still sets two ratios per the same thing against each other', () => {
    const found = divergences(
      'The eleven routes carry an average of 10 riders per vehicle hour, the board said.',
      'The eleven routes carry an average of 4 riders per vehicle hour, the board said.',
    );
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual([['10 riders', '4 riders']]);
  });
});
