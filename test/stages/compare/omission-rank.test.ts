import { describe, expect, it } from 'vitest';
import type { FindingDraft } from '../../../src/stages/compare/context.js';
import { rankOmissions } from '../../../src/stages/compare/omission/index.js';

// The order the cap (compare/cap-omissions) keeps omissions in: a draft that holds a slot (shown,
// or the details of a development the other article reports: `heldSlot`, omit11) goes ahead of a
// more salient one that holds none; then salience, then text order.
const draft = (name: string, start: number, salience: number): FindingDraft => ({
  kind: 'omission',
  ruleId: 'compare/omitted-name',
  a: [{ sentence: 's1', start, end: start + name.length, text: name }],
  b: [],
  explanation: name,
  salience,
  claims: [],
  subject: name,
});

describe('rankOmissions', () => {
  it.each([
    [
      'a held slot before a more salient candidate',
      [
        [0, 0.9, 10],
        [1, 0.3, 50],
      ],
      ['s50', 's10'],
    ],
    [
      'salience among held slots',
      [
        [1, 0.3, 10],
        [1, 0.9, 50],
      ],
      ['s50', 's10'],
    ],
    [
      'text order at equal salience',
      [
        [1, 0.5, 50],
        [1, 0.5, 10],
      ],
      ['s10', 's50'],
    ],
  ] as [string, [number, number, number][], string[]][])('ranks %s', (_what, rows, expected) => {
    const ranked = rows.map(([slot, salience, start]) => ({
      slot,
      draft: draft(`s${start}`, start, salience),
    }));
    expect(rankOmissions(ranked, 'a').map((d) => d.explanation)).toEqual(expected);
  });
});
