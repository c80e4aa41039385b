import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mirrored, plain } from '../../properties/mirror.js';
import { article, brief, compareArticles } from './facts-helpers.js';

// Shares and odds compared (user trial 11; reviews of odds10 and odds11). Passages written for
// this test: a snow forecast, a flood warning, a drug trial, a levy poll, a reading test and a
// horse race.

const quantityFindings = (a: string[], b: string[]): string[] =>
  compareArticles(article('A', '2021-03-02', a), article('B', '2021-03-02', b))
    .filter((f) => f.ruleId.startsWith('compare/quantity-'))
    .map(brief)
    .sort();

const SNOW = (chance: string) =>
  `The Brenn weather station gives the upper valley ${chance} of heavy snow on Saturday.`;
const TRIAL = (share: string) =>
  `Investigators said ${share} in the Marlow trial had a severe reaction to the new asthma drug.`;
const FLOOD = (chance: string) =>
  `"We see ${chance} of flooding along the Ebbe river," the county hydrologist told reporters.`;
const LEVY = (share: string) =>
  `A Tuesday poll found that ${share} in the district back the new transit levy.`;
const RACE = (odds: string) =>
  `Bookmakers quoted ${odds} for the grey mare Tillis in the Vance Cup at Harlow.`;

describe('shares and odds compared', () => {
  const table: [string, string[], string[], string[]][] = [
    [
      'the same chance in digits and in words: an agreement',
      [SNOW('a 1-in-3 chance')],
      [SNOW('a one-in-three chance')],
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
      'a share and its printed percentage, cut: an agreement',
      [LEVY('2 in 3 residents')],
      [LEVY('66 percent of residents')],
      ['compare/quantity-agreement: 2 in 3 residents ~ 66 percent'],
    ],
    [
      'a share and a far percentage: "two in three" may itself be rounded, so nothing',
      [LEVY('2 in 3 residents')],
      [LEVY('40 percent of residents')],
      [],
    ],
    // Review of odds11, 1: a small share is not a whole percent it is 2 to 10 times smaller than.
    ['1 in 1,000 is not 1 percent', [TRIAL('1 in 1,000 patients')], [TRIAL('1 percent of patients')], []],
    ['1 in 200 is not 1 percent', [TRIAL('1 in 200 patients')], [TRIAL('1 percent of patients')], []],
    ['1 in 100 is not 2 percent', [TRIAL('1 in 100 patients')], [TRIAL('2 percent of patients')], []],
    // Review of odds11, 9: a share agrees only with a percentage of the same thing.
    [
      'a chance and a percentage of something else: nothing',
      [SNOW('a 1-in-3 chance')],
      ['The Brenn weather station says the upper valley holds 33 percent of the snow on Saturday.'],
      [],
    ],
    [
      'a share of residents and a rise in fares: nothing',
      [LEVY('2 in 3 residents')],
      ['A Tuesday poll found that the new transit levy would raise fares by 67 percent in the district.'],
      [],
    ],
    [
      'a chance and a percentage chance: an agreement',
      [SNOW('a 1-in-4 chance')],
      [SNOW('a 25 percent chance')],
      ['compare/quantity-agreement: 1-in-4 chance ~ 25 percent'],
    ],
    // Review of odds11, 4: a chance that a group acts is no share of that group.
    [
      'a chance before a subject and a share of that subject: nothing',
      ['There is a 1-in-3 chance dockworkers strike at the Harlow port before May, the union said.'],
      ['One in three dockworkers strike at the Harlow port before May, the union said.'],
      [],
    ],
    [
      'a chance that pilots walk out and a share of pilots: nothing',
      ['There is a 1-in-3 chance pilots walk out at Harlow before May, the union said.'],
      ['One in three pilots walk out at Harlow before May, the union said.'],
      [],
    ],
    [
      'bare odds and a percentage: the direction of odds is not stated, so nothing',
      [RACE('3-to-1 odds')],
      [SNOW('a 75 percent chance')],
      [],
    ],
    // Review of odds11, 8: bare odds have no direction, so reciprocal odds may be one chance.
    ['bare odds and their reciprocal: nothing', [RACE('3-to-1 odds')], [RACE('1-to-3 odds')], []],
    [
      'odds against and bare odds: different statements, so nothing',
      [RACE('10-to-1 odds against')],
      [RACE('10-to-1 odds')],
      [],
    ],
    [
      'the same odds against: an agreement',
      [RACE('10-to-1 odds against')],
      [RACE('10-to-1 odds against')],
      ['compare/quantity-agreement: 10-to-1 odds against ~ 10-to-1 odds against'],
    ],
  ];
  it.each(table)('%s', (_name, a, b, expected) => {
    expect(quantityFindings(a, b)).toEqual(expected);
  });

  it('about 1 in 1,000 is no range of 0 to 1 percent that 1 in 100 refines (review of odds11, 2)', () => {
    const found = quantityFindings([TRIAL('about 1 in 1,000 patients')], [TRIAL('1 in 100 patients')]);
    expect(found.filter((f) => f.startsWith('compare/quantity-refinement'))).toEqual([]);
  });

  it('a chance of the event and of its opposite are one split; of the same event, a divergence', () => {
    const flood = [FLOOD('a 1-in-4 chance')];
    const dry = [
      '"We see a 3-in-4 chance of staying dry along the Ebbe river," the county hydrologist told reporters.',
    ];
    // A share and its complement of opposite events describe one split: nothing.
    expect(quantityFindings(flood, dry)).toEqual([]);
    // The same event with the complementary share is a contradiction (review of odds11, 5).
    expect(quantityFindings(flood, [FLOOD('a 3-in-4 chance')])).toEqual([
      'compare/quantity-divergence: 1-in-4 chance ~ 3-in-4 chance',
    ]);
    expect(quantityFindings(flood, [FLOOD('a 1-in-5 chance')])).toEqual([
      'compare/quantity-divergence: 1-in-4 chance ~ 1-in-5 chance',
    ]);
  });

  it('one agreement per statement of a split: a restatement, or its other side, agrees once', () => {
    const a = [
      SNOW('a 1-in-3 chance'),
      'Markers said 1 in 5 pupils at the Ostrow school failed the spring reading test.',
      'Forecasters warned of a 1-in-3 chance of heavy snow in the upper valley on Saturday.',
      'Markers said 4 in 5 pupils at the Ostrow school passed the spring reading test.',
    ];
    const b = [
      SNOW('a one-in-three chance'),
      'Markers said one in five pupils at the Ostrow school failed the spring reading test.',
      'Forecasters warned of a one-in-three chance of heavy snow in the upper valley on Saturday.',
      'Markers said four in five pupils at the Ostrow school passed the spring reading test.',
    ];
    const agreements = quantityFindings(a, b).filter((f) => f.startsWith('compare/quantity-agreement'));
    expect(agreements).toEqual([
      'compare/quantity-agreement: 1 in 5 pupils ~ one in five pupils',
      'compare/quantity-agreement: 1-in-3 chance ~ one-in-three chance',
    ]);
  });

  it('two facts with one population and one value keep theirs (review of odds11, 3)', () => {
    const agreed = (a: string[], b: string[]) =>
      quantityFindings(a, b).filter((f) => f.startsWith('compare/quantity-agreement'));
    expect(
      agreed(
        [
          'Investigators said 2 in 5 patients in the Marlow trial had a fever after the first dose.',
          'Doctors said 2 in 5 patients at the Oslo clinic needed oxygen during the winter.',
        ],
        [
          'Investigators said two in five patients in the Marlow trial had a fever after the first dose.',
          'Doctors said two in five patients at the Oslo clinic needed oxygen during the winter.',
        ],
      ),
    ).toHaveLength(2);
    expect(
      agreed(
        [
          'Investigators said 1 in 4 patients in the Marlow trial had a fever after the first dose.',
          'Doctors said 3 in 4 patients at the Oslo clinic needed oxygen during the winter.',
        ],
        [
          'Investigators said one in four patients in the Marlow trial had a fever after the first dose.',
          'Doctors said three in four patients at the Oslo clinic needed oxygen during the winter.',
        ],
      ),
    ).toHaveLength(2);
  });
});

const ARTICLES = [
  [SNOW('a 1-in-3 chance'), LEVY('2 in 3 residents'), TRIAL('1 in 1,000 patients')],
  [SNOW('a one-in-three chance'), LEVY('67 percent of residents'), TRIAL('1 in 250 patients')],
  [LEVY('two in three residents'), SNOW('a 2-in-3 chance'), RACE('3-to-1 odds')],
  [TRIAL('one in 250 patients'), SNOW('a one-in-three chance'), SNOW('a 1 in 3 chance'), RACE('1-to-3 odds')],
  // One split restated in the other order: which agreement is kept must not depend on the side.
  [SNOW('a 1-in-3 chance'), FLOOD('a one-in-three chance')],
  [FLOOD('a 1 in 3 chance'), SNOW('a one-in-three chance')],
  [FLOOD('a 1-in-4 chance'), FLOOD('a 3-in-4 chance')],
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
