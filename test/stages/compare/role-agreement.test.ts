import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { rolePhrases } from '../../../src/stages/compare/agreement/role-phrases.js';
import { article, brief, compareArticles } from './facts-helpers.js';

// Issue 10: a secondary figure described alike by both articles ("a former acting harbour
// master" / "then-Acting Harbour Master Ilse Varga"). Passages written for the test.

/** [sentence, the role phrases found as `surname: role words (described?)`]. */
const PHRASES: [string, string[]][] = [
  [
    'Varga is a former acting harbour master who now runs a ferry line.',
    ['varga: former acting harbour master (described)'],
  ],
  [
    'Ilse Varga, the deputy harbour master, declined to comment.',
    ['varga: deputy harbour master (described)'],
  ],
  ['The mayor called then-Acting Harbour Master Ilse Varga on Monday.', ['varga: acting harbour master']],
  ['Port Commission Chairman Tomas Brand signed the order.', ['brand: port commission chairman']],
  // No role noun before the name, or none after it: nothing.
  ['Green Valley Ilse Varga spoke.', []],
  ['Varga is a former sailor of great renown.', ['varga: former sailor (described)']],
  ['Varga is angry about the plan.', []],
];

describe('role phrases', () => {
  it.each(PHRASES)('%s', (text, expected) => {
    const found = analyzeText(text).sentences.flatMap(rolePhrases);
    expect(
      found.map((p) => `${p.surname}: ${p.words.join(' ')}${p.described ? ' (described)' : ''}`),
    ).toEqual(expected);
  });
});

const BACKGROUND = [
  'The mayor said the harbour would reopen after the storm damage was repaired.',
  'The mayor told reporters the city would pay for the repairs.',
  'The mayor promised a review of the port budget.',
];

/** [case, side a paragraphs, side b paragraphs, the role agreements expected]. */
const CASES: [string, string[], string[], string[]][] = [
  [
    'a description against a title',
    ['The mayor asked Varga for advice. Varga is a former acting harbour master who now runs a ferry line.'],
    ['The mayor called then-Acting Harbour Master Ilse Varga on Monday to ask for advice.'],
    ['compare/role-agreement: Varga is a former acting harbour master ~ Acting Harbour Master Ilse Varga'],
  ],
  [
    'a title on both sides is routine',
    ['Port Commission Chairman Tomas Brand signed the order on Monday.'],
    ['The order was signed by Port Commission Chairman Tomas Brand.'],
    [],
  ],
  [
    'a group titled alike in one paragraph of each',
    [
      'The order was signed by Port Commission Chairman Tomas Brand and Dock Board Chairwoman Ilse Varga on Monday.',
    ],
    [
      'Varga and Brand signed it. Harbour Port Commission Chairman Tomas Brand and Dock Board Chairwoman Ilse Varga, both appointed in May, said the order was overdue.',
    ],
    [
      'compare/role-agreement: Port Commission Chairman Tomas Brand|Dock Board Chairwoman Ilse Varga ~ Harbour Port Commission Chairman Tomas Brand|Dock Board Chairwoman Ilse Varga',
    ],
  ],
  [
    'one role word only in common',
    ['The mayor asked Varga for advice. Varga is a former ferry captain who now runs a shop.'],
    ['The mayor called harbour captain Ilse Varga on Monday to ask for advice.'],
    [],
  ],
  [
    'different roles with one noun in common',
    ['The mayor asked Varga for advice. Varga is a deputy harbour master at the port.'],
    ['The mayor called Ilse Varga, the harbour pilot, on Monday to ask for advice.'],
    [],
  ],
];

describe('role agreement', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    const found = compareArticles(
      article('A', '2023-05-11', [...a, ...BACKGROUND]),
      article('B', '2023-05-11', [...b, ...BACKGROUND]),
    ).filter((f) => f.ruleId === 'compare/role-agreement');
    expect(found.map(brief)).toEqual(expected);
  });

  it('does not report the main actor, named in most sentences', () => {
    const mayor = (role: string) => [
      `Varga, ${role}, said the harbour would reopen.`,
      'Varga told reporters the city would pay.',
      'Varga promised a review.',
      'Varga spoke again.',
    ];
    const found = compareArticles(
      article('A', '2023-05-11', mayor('the acting harbour master')),
      article('B', '2023-05-11', mayor('the acting harbour master')),
    ).filter((f) => f.ruleId === 'compare/role-agreement');
    expect(found).toEqual([]);
  });
});
