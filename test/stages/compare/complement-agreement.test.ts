import { describe, expect, it } from 'vitest';
import { article, brief, compareArticles } from './facts-helpers.js';

// Issue 10: one share told from both sides ("a 23 percent cut in pensions" / "pay 77 percent of
// promised pensions"). Passages written for the test.

const BACKGROUND = [
  'The pension board met on Monday to review the fund.',
  'Its chairman said the fund had lost money on bonds.',
  'Union leaders asked the board to publish its forecasts.',
];

/** [case, side a paragraphs, side b paragraphs, the complement agreements expected]. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'a cut against the share left',
    ['When the fund runs dry in 2040, retirees would face a 23 percent cut in pensions.'],
    ['After 2040 the fund could pay only 77 percent of promised pensions.'],
    ['compare/complement-agreement: 23 percent ~ 77 percent'],
  ],
  [
    'the share left against a cut (mirrored)',
    ['After 2040 the fund could pay only 77 percent of promised pensions.'],
    ['When the fund runs dry in 2040, retirees would face a 23 percent cut in pensions.'],
    ['compare/complement-agreement: 77 percent ~ 23 percent'],
  ],
  [
    'two cuts against the share left: one pair only',
    ['Retirees would face a 23 percent cut in pensions, and later another 23 percent cut in pensions.'],
    ['After 2040 the fund could pay only 77 percent of promised pensions.'],
    ['compare/complement-agreement: 23 percent ~ 77 percent'],
  ],
  [
    'the figures do not add up to 100',
    ['When the fund runs dry in 2040, retirees would face a 25 percent cut in pensions.'],
    ['After 2040 the fund could pay only 77 percent of promised pensions.'],
    [],
  ],
  [
    'no decrease on either side',
    ['When the fund runs dry in 2040, retirees would keep 23 percent of their pensions.'],
    ['After 2040 the fund could pay only 77 percent of promised pensions.'],
    [],
  ],
  [
    'both sides a decrease',
    ['When the fund runs dry in 2040, retirees would face a 23 percent cut in pensions.'],
    ['After 2040 the fund would reduce wages by 77 percent for its clerks.'],
    [],
  ],
  [
    'nothing measured in common',
    ['When the fund runs dry in 2040, retirees would face a 23 percent cut in pensions.'],
    ['A survey found 77 percent of voters trust the mayor.'],
    [],
  ],
];

describe('complement agreement', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    const found = compareArticles(
      article('A', '2023-05-11', [...a, ...BACKGROUND]),
      article('B', '2023-05-11', [...b, ...BACKGROUND]),
    ).filter((f) => f.ruleId === 'compare/complement-agreement');
    expect(found.map(brief)).toEqual(expected);
  });
});
