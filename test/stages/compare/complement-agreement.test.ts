import { describe, expect, it } from 'vitest';
import { article, brief, compareArticles } from './facts-helpers.js';

// Issue 10: one share told from both sides ("a 15 percent cut in pensions" / "pay 85 percent of
// the pensions it promised"). Passages written for the test.

const BACKGROUND = [
  'The pension board met on Monday to review the fund.',
  'Its chairman said the fund had lost money on bonds.',
  'Union leaders asked the board to publish its forecasts.',
];

/** [case, side a paragraphs, side b paragraphs, the complement agreements expected]. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'a cut against the share left',
    ['Under the new plan, retirees would face a 15 percent cut in pensions.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    ['compare/complement-agreement: 15 percent ~ 85 percent'],
  ],
  [
    'the share left against a cut (mirrored)',
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    ['Under the new plan, retirees would face a 15 percent cut in pensions.'],
    ['compare/complement-agreement: 85 percent ~ 15 percent'],
  ],
  [
    'two cuts against the share left: one pair only',
    ['Retirees would face a 15 percent cut in pensions, and later another 15 percent cut in pensions.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    ['compare/complement-agreement: 15 percent ~ 85 percent'],
  ],
  [
    "'cut X by N percent' against the share left",
    ['Under the new plan, the board would cut pensions by 15 percent.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    ['compare/complement-agreement: 15 percent ~ 85 percent'],
  ],
  [
    'a hyphenated modifier before the cut',
    ['Under the new plan, retirees would face a 15 percent year-on-year cut in pensions.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    ['compare/complement-agreement: 15 percent ~ 85 percent'],
  ],
  [
    'a cut of one thing and a share of another',
    ['Under the new plan, retirees would face a 15 percent cut in pensions.'],
    ['Under the plan the fund could pay only 85 percent of its clerks.'],
    [],
  ],
  [
    'the figures do not add up to 100',
    ['Under the new plan, retirees would face a 25 percent cut in pensions.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    [],
  ],
  [
    'no decrease on either side',
    ['Under the new plan, retirees would keep 15 percent of their pensions.'],
    ['Under the plan the fund could pay only 85 percent of the pensions it promised.'],
    [],
  ],
  [
    'both sides a decrease',
    ['Under the new plan, retirees would face a 15 percent cut in pensions.'],
    ['Under the plan the fund would reduce wages by 85 percent for its clerks.'],
    [],
  ],
  [
    'the sides share only a reporting clause (review 1, H1)',
    ['The city cut the harbour budget by 40 percent, officials said.'],
    ['Turnout in the election reached 60 percent, officials said.'],
    [],
  ],
  [
    "'cut to' gives the share left, not the share cut (review 1, H1)",
    ['Benefits were cut to 80 percent of the promised amount.'],
    ['Retirees will receive 20 percent of promised benefits.'],
    [],
  ],
  [
    'a decrease word that is not about the figure (review 1, H1)',
    ['After the cut in state aid, 30 percent of schools raised their fees.'],
    ['This year 70 percent of schools raised their fees.'],
    [],
  ],
  [
    'a cut against a growth, not a share left (review 1, H1)',
    ['Congress voted to cut funding for the museum by 40 percent.'],
    ['Funding for the museum has grown 60 percent since 2010.'],
    [],
  ],
  [
    'nothing measured in common',
    ['Under the new plan, retirees would face a 15 percent cut in pensions.'],
    ['A survey found 85 percent of voters trust the mayor.'],
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
