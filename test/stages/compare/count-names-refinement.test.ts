import { describe, expect, it } from 'vitest';
import { article, brief, compareArticles } from './facts-helpers.js';

// Issue 10: a count of people that names them all ("three officials …: A, B and C") against a
// sentence of the other article naming some of them. Passages written for the test.

const BACKGROUND = [
  'The harbour reopened after the storm damage was repaired.',
  'The city will pay for the repairs from its reserve fund.',
  'Shipping firms asked for a review of the port budget.',
];

/** [case, side a paragraphs, side b paragraphs, the refinements expected]. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'the count and its names against two of them',
    [
      'The inquiry into the dredging contract has suspended three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm.',
    ],
    ['Varga and Brand were both suspended over the dredging contract.'],
    [
      'compare/count-names-refinement: three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm ~ Varga and Brand',
    ],
  ],
  [
    'two of them against the count and its names (mirrored)',
    ['Varga and Brand were both suspended over the dredging contract.'],
    [
      'The inquiry into the dredging contract has suspended three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm.',
    ],
    [
      'compare/count-names-refinement: Varga and Brand ~ three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm',
    ],
  ],
  [
    'the other article names the third elsewhere',
    [
      'The inquiry into the dredging contract has suspended three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm.',
    ],
    ['Varga and Brand were both suspended over the dredging contract.', 'Holm declined to comment.'],
    [],
  ],
  [
    'the list is longer than the count',
    [
      'The inquiry into the dredging contract has suspended two officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm.',
    ],
    ['Varga and Brand were both suspended over the dredging contract.'],
    [],
  ],
  [
    'no colon: the names need not be the ones counted',
    [
      'The inquiry into the dredging contract has suspended three officials, harbour master Ilse Varga said, after Tomas Brand and Anna Holm resigned.',
    ],
    ['Varga and Brand were both suspended over the dredging contract.'],
    [],
  ],
  [
    'voted against the bill and voted for it (review 1, H4)',
    ['Three people voted against the pension bill: Adams, Baker and Clark.'],
    ['Adams and Baker voted for the pension bill on Tuesday.'],
    [],
  ],
  [
    'charged with fraud and cleared of it (review 1, H4)',
    ['Three people were charged with fraud on Monday: Adams, Baker and Clark.'],
    ['Adams and Baker were cleared of fraud by a jury.'],
    [],
  ],
  [
    'the same act told of two of them',
    ['Three people voted against the pension bill: Adams, Baker and Clark.'],
    ['Adams and Baker voted against the pension bill on Tuesday.'],
    [
      'compare/count-names-refinement: Three people voted against the pension bill: Adams, Baker and Clark ~ Adams and Baker',
    ],
  ],
  [
    'the same act, denied of two of them',
    ['Three people voted against the pension bill: Adams, Baker and Clark.'],
    ['Adams and Baker did not vote against the pension bill on Tuesday.'],
    [],
  ],
  [
    'the names in a sentence about something else',
    [
      'The inquiry into the dredging contract has suspended three officials: harbour master Ilse Varga, her deputy Tomas Brand and clerk Anna Holm.',
    ],
    ['Varga and Brand sang at the town festival on Saturday.'],
    [],
  ],
];

describe('count-names refinement', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    const found = compareArticles(
      article('A', '2023-05-11', [...a, ...BACKGROUND]),
      article('B', '2023-05-11', [...b, ...BACKGROUND]),
    ).filter((f) => f.ruleId === 'compare/count-names-refinement');
    expect(found.map(brief)).toEqual(expected);
  });
});
