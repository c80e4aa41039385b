import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mirrored, plain } from '../../properties/mirror.js';
import { article, brief, compareArticles } from './facts-helpers.js';

// Shares and odds compared (user trial 11; review of odds10, 2 to 5). Passages written for this
// test: a ferry tender, a drug trial, a levy poll and a horse race, none of them an election.

const quantityFindings = (a: string[], b: string[]): string[] =>
  compareArticles(article('A', '2021-03-02', a), article('B', '2021-03-02', b))
    .filter((f) => f.ruleId.startsWith('compare/quantity-'))
    .map(brief)
    .sort();

const TENDER = (odds: string) =>
  `Port analysts give the Halvard ferry line ${odds} of winning the harbour tender next month.`;
const TRIAL = (share: string) =>
  `Investigators said ${share} in the Marlow trial had a severe reaction to the new asthma drug.`;
const QUOTE = (odds: string) =>
  `"There is ${odds} that we lose the ferry contract," the Halvard chief told the harbour board.`;
const LEVY = (share: string) =>
  `A Tuesday poll found that ${share} in the district back the new transit levy.`;

describe('shares and odds compared', () => {
  const table: [string, string[], string[], string[]][] = [
    [
      'the same chance in digits and in words: an agreement',
      [TENDER('a 1-in-3 chance')],
      [TENDER('a one-in-three chance')],
      ['compare/quantity-agreement: 1-in-3 chance ~ one-in-three chance'],
    ],
    [
      'two different risks, however small: a divergence',
      [TRIAL('1 in 1,000 patients')],
      [TRIAL('1 in 250 patients')],
      ['compare/quantity-divergence: 1 in 1,000 patients ~ 1 in 250 patients'],
    ],
    [
      'a share and its printed percentage, rounded: an agreement, not a divergence',
      [LEVY('2 in 3 residents')],
      [LEVY('67 percent of residents')],
      ['compare/quantity-agreement: 2 in 3 residents ~ 67 percent'],
    ],
    [
      'a share and a far percentage: "two in three" may itself be rounded, so nothing',
      [LEVY('2 in 3 residents')],
      [LEVY('40 percent of residents')],
      [],
    ],
    [
      'bare odds and a percentage: the direction of odds is not stated, so nothing',
      [TENDER('3-to-1 odds')],
      [TENDER('a 75 percent chance')],
      [],
    ],
    [
      'odds against and bare odds: different statements, so nothing',
      [TENDER('10-to-1 odds against')],
      [TENDER('10-to-1 odds')],
      [],
    ],
    [
      'the same odds against: an agreement',
      [TENDER('10-to-1 odds against')],
      [TENDER('10-to-1 odds against')],
      ['compare/quantity-agreement: 10-to-1 odds against ~ 10-to-1 odds against'],
    ],
  ];
  it.each(table)('%s', (_name, a, b, expected) => {
    expect(quantityFindings(a, b)).toEqual(expected);
  });

  it('a chance of one side and of the other are one split: never a divergence', () => {
    const lose = [
      'Port analysts give the Halvard ferry line a 1-in-4 chance of losing the harbour tender next month.',
    ];
    const win = [
      'Port analysts give the Halvard ferry line a 3-in-4 chance of losing the harbour tender next month.',
    ];
    const other = [
      'Port analysts give the Halvard ferry line a 1-in-5 chance of losing the harbour tender next month.',
    ];
    // Firm ground: the same sentence with another share is a divergence …
    expect(quantityFindings(lose, other)).toEqual([
      'compare/quantity-divergence: 1-in-4 chance ~ 1-in-5 chance',
    ]);
    // … but a share and its complement describe one split, whichever side each outlet gives.
    expect(quantityFindings(lose, win)).toEqual([]);
  });

  it('one agreement per split in a pair, and two facts with one value keep theirs', () => {
    const a = [
      'The Halvard ferry line has a 1-in-3 chance of losing the harbour tender, port analysts said.',
      'Investigators said 2 in 5 patients in the Marlow trial had a fever after the first dose.',
      'Investigators said 2 in 5 nurses at the Marlow clinic had not been vaccinated.',
      '"There is a two-in-three chance we keep the harbour, and a one-in-three chance we lose it," the ferry line chief said.',
    ];
    const b = [
      'The Halvard ferry line has a one-in-three chance of losing the harbour tender, port analysts said.',
      'Investigators said two in five patients in the Marlow trial had a fever after the first dose.',
      'Investigators said two in five nurses at the Marlow clinic had not been vaccinated.',
      '"There is a 2 in 3 chance we keep the harbour, and a 1 in 3 chance we lose it," the ferry line chief said.',
    ];
    const agreements = quantityFindings(a, b).filter((f) => f.startsWith('compare/quantity-agreement'));
    expect(agreements).toEqual([
      'compare/quantity-agreement: 1-in-3 chance ~ one-in-three chance',
      'compare/quantity-agreement: 2 in 5 nurses ~ two in five nurses',
      'compare/quantity-agreement: 2 in 5 patients ~ two in five patients',
    ]);
  });
});

const ARTICLES = [
  [TENDER('a 1-in-3 chance'), LEVY('2 in 3 residents'), TRIAL('1 in 1,000 patients')],
  [TENDER('a one-in-three chance'), LEVY('67 percent of residents'), TRIAL('1 in 250 patients')],
  [LEVY('two in three residents'), TENDER('a 2-in-3 chance'), TENDER('3-to-1 odds')],
  [TRIAL('one in 250 patients'), TENDER('a one-in-three chance'), TENDER('a 1 in 3 chance')],
  // One split restated in the other order: which agreement is kept must not depend on the side.
  [TENDER('a 1-in-3 chance'), QUOTE('a one-in-three chance')],
  [QUOTE('a 1 in 3 chance'), TENDER('a one-in-three chance')],
].map((paragraphs, i) => article(`O${i}`, '2021-03-02', paragraphs));

describe('symmetry law for shares and odds (review of odds10, 2)', () => {
  it('compare(b, a) mirrors compare(a, b) whichever outlet comes first (property)', () => {
    fc.assert(
      fc.property(fc.nat(ARTICLES.length - 1), fc.nat(ARTICLES.length - 1), (x, y) => {
        const ab = compareArticles(ARTICLES[x], ARTICLES[y]).map(plain).sort();
        const ba = compareArticles(ARTICLES[y], ARTICLES[x]).map(mirrored).sort();
        expect(ba).toEqual(ab);
      }),
      { numRuns: 36, seed: 11 },
    );
  });
});
