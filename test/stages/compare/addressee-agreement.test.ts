import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

// Issue 10: one speaker talking to one named party on one day, told by both articles ("in a
// Tuesday interview with Radio Nord, Varga said" / "Varga told Radio Nord on Tuesday").
// Passages written for the test.

const BACKGROUND = [
  'The harbour reopened after the storm damage was repaired.',
  'The city will pay for the repairs from its reserve fund.',
  'Shipping firms asked for a review of the port budget.',
];

/** [case, side a paragraphs, side b paragraphs, the [a, b] sentences expected to agree]. */
const CASES: [string, string[], string[], [string, string][]][] = [
  [
    'an interview against told',
    ['In a Tuesday interview with Radio Nord, Varga said the tariffs would stay.'],
    ['"The tariffs stay," Varga told Radio Nord on Tuesday.'],
    [
      [
        'In a Tuesday interview with Radio Nord, Varga said the tariffs would stay.',
        '"The tariffs stay," Varga told Radio Nord on Tuesday.',
      ],
    ],
  ],
  [
    'another day',
    ['In a Tuesday interview with Radio Nord, Varga said the tariffs would stay.'],
    ['"The tariffs stay," Varga told Radio Nord on Friday.'],
    [],
  ],
  [
    'another party',
    ['In a Tuesday interview with Radio Nord, Varga said the tariffs would stay.'],
    ['"The tariffs stay," Varga told Harbour Daily on Tuesday.'],
    [],
  ],
  [
    'another speaker',
    ['In a Tuesday interview with Radio Nord, Varga said the tariffs would stay.'],
    ['"The tariffs stay," Brand told Radio Nord on Tuesday.'],
    [],
  ],
  [
    'two days in one sentence',
    ['In a Tuesday interview with Radio Nord, Varga said the tariffs set on Monday would stay.'],
    ['"The tariffs stay," Varga told Radio Nord on Tuesday.'],
    [],
  ],
];

describe('addressee agreement', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    const found = compareArticles(
      article('A', '2023-05-11', [...a, ...BACKGROUND]),
      article('B', '2023-05-11', [...b, ...BACKGROUND]),
    ).filter((f) => f.ruleId === 'compare/addressee-agreement');
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual(expected);
  });
});
