import { describe, expect, it } from 'vitest';
import { article, brief, compareArticles } from './facts-helpers.js';

// Issue 10: refinements of specificity. The same thing told on both sides, one side giving the
// time of day, a figure, a name or a count the other leaves out. Passages written for the test.
const RULES = new Set([
  'compare/daypart-refinement',
  'compare/figure-refinement',
  'compare/name-refinement',
  'compare/period-refinement',
  'compare/relative-time-refinement',
  'compare/slot-figure-refinement',
]);

/** [case, side a paragraphs, side b paragraphs, the specificity findings expected]. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'time of day for the same announcement',
    ['The ministry announced the new port tariffs Tuesday morning, ending a long dispute.'],
    ['The ministry announced the new port tariffs on Tuesday after a long dispute with shippers.'],
    ['compare/daypart-refinement: Tuesday morning ~ Tuesday'],
  ],
  [
    'a time of day for another event on that day',
    ['The ministry announced the new port tariffs Tuesday morning, ending a long dispute.'],
    ['The dockworkers union held a strike vote on Tuesday in the northern depot.'],
    [],
  ],
  [
    'the vaguer side gives the time of day next door',
    ['The ministry announced the new port tariffs Tuesday morning, ending a long dispute.'],
    [
      'The ministry announced the new port tariffs on Tuesday after a long dispute with shippers. The tariffs were posted late Tuesday on its website.',
    ],
    [],
  ],
  // Blind 32 reader: a clock time beside the day is more precise than a part of the day.
  [
    'the vaguer side gives a clock time beside the day',
    ['The ministry announced the new port tariffs early Tuesday, ending a long dispute.'],
    [
      'The ministry announced the new port tariffs at about 9 a.m. Tuesday after a long dispute with shippers.',
    ],
    [],
  ],
  [
    'a figure for a named coalition',
    ['Lower Valley Alliance, a 40-member coalition of fishing cooperatives, opposed the tariffs.'],
    ['A coalition called Lower Valley Alliance said the tariffs would ruin small crews.'],
    ['compare/figure-refinement: 40-member coalition ~ coalition'],
  ],
  [
    'both sides count the coalition',
    ['Lower Valley Alliance, a 40-member coalition of fishing cooperatives, opposed the tariffs.'],
    ['A coalition of 40 crews called Lower Valley Alliance said the tariffs would ruin them.'],
    [],
  ],
  [
    'the vaguer side gives the figure elsewhere',
    ['Lower Valley Alliance, a 40-member coalition of fishing cooperatives, opposed the tariffs.'],
    [
      'A coalition called Lower Valley Alliance said the tariffs would ruin small crews.',
      'Its 40 members will vote on a strike next week.',
    ],
    [],
  ],
  [
    'a coalition named differently',
    ['Lower Valley Alliance, a 40-member coalition of fishing cooperatives, opposed the tariffs.'],
    ['A coalition called Coastal Carriers Forum said the tariffs would ruin small crews.'],
    [],
  ],
  [
    'a name for a described official',
    ['Senator Lund was questioned about his meetings with Norwegian minister Ola Berntsen.'],
    ['Senator Lund was criticised over meetings with the Norwegian envoy in March.'],
    ['compare/name-refinement: Norwegian minister Ola Berntsen ~ the Norwegian envoy'],
  ],
  [
    'the describing side names him elsewhere',
    ['Senator Lund was questioned about his meetings with Norwegian minister Ola Berntsen.'],
    [
      'Senator Lund was criticised over meetings with the Norwegian envoy in March.',
      'Berntsen declined to comment.',
    ],
    [],
  ],
  [
    'a counted past period',
    ['The two prime ministers spoke by telephone for the first time in months, their aides said.'],
    ['The telephone call was the first between the two prime ministers since a summit three months ago.'],
    ['compare/period-refinement: in months ~ three months'],
  ],
  [
    'a counted period of another thing',
    ['The two prime ministers spoke by telephone for the first time in months, their aides said.'],
    ['Harvest prices have fallen since the floods three months ago, farmers said.'],
    [],
  ],
  [
    'a clock time for an act the other times relatively',
    ['Mayor Holt answered the court in a Friday evening statement that called the ruling reckless.'],
    ['Mayor Holt answered the court hours later in a statement calling the ruling reckless.'],
    ['compare/relative-time-refinement: Friday evening ~ hours later'],
  ],
  [
    'a relative time of another actor',
    ['Mayor Holt answered the court in a Friday evening statement that called the ruling reckless.'],
    ['Governor Reyes answered the court hours later in a statement calling the ruling reckless.'],
    [],
  ],
  [
    'a figure after the same words',
    ['The council backed lower bus fares for the poorest 20 percent of residents.'],
    ['The council backed lower bus fares for poorest residents, officials said.'],
    ['compare/slot-figure-refinement: poorest 20 percent ~ poorest residents'],
  ],
  [
    'the same figure on both sides',
    ['The council backed lower bus fares for the poorest 20 percent of residents.'],
    ['The council backed lower bus fares for the poorest 20 percent, officials said.'],
    [],
  ],
  [
    'another group after the same words',
    ['The council backed lower bus fares for the poorest 20 percent of residents.'],
    ['The council backed lower bus fares for elderly residents, officials said.'],
    [],
  ],
];

describe('specificity refinements', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    const found = compareArticles(article('A', '2023-05-11', a), article('B', '2023-05-11', b))
      .filter((f) => RULES.has(f.ruleId))
      .map(brief);
    expect(found).toEqual(expected);
  });

  it('reports each specificity refinement as a confident refinement with evidence on both sides', () => {
    const [a, b] = [CASES[0][1], CASES[0][2]];
    const found = compareArticles(article('A', '2023-05-11', a), article('B', '2023-05-11', b)).filter((f) =>
      RULES.has(f.ruleId),
    );
    expect(found.map((f) => [f.kind, f.confidence >= 0.5, f.a.length, f.b.length])).toEqual([
      ['refinement', true, 1, 1],
    ]);
  });
});
