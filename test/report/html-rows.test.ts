import { describe, expect, it } from 'vitest';
import type { AlignmentLink } from '../../src/model/alignment.js';
import { layoutRows } from '../../src/report/html/rows.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
const link = (
  a: string[],
  b: string[],
  relation: 'equivalent' | 'partial' = 'equivalent',
): AlignmentLink => ({
  a,
  b,
  relation,
  score: relation === 'equivalent' ? 0.9 : 0.6,
  signals: {},
  reasons: [],
});
/** A row as `a-ids | b-ids`, with `*` after a sentence shown ahead of its turn. */
const show = (rows: ReturnType<typeof layoutRows>) =>
  rows.map((r) =>
    [r.a, r.b].map((cells) => cells.map((c) => `${c.id}${c.moved ? '*' : ''}`).join(',')).join(' | '),
  );

describe('layoutRows: the split view', () => {
  it.each<[string, number, number, AlignmentLink[], string[]]>([
    ['1:1 in order', 2, 2, [link(['s1'], ['s1']), link(['s2'], ['s2'])], ['s1 | s1', 's2 | s2']],
    ['nothing aligned: each sentence alone, a first', 1, 2, [], ['s1 | ', ' | s1', ' | s2']],
    [
      'unaligned sentences stand alone between aligned rows',
      3,
      3,
      [link(['s1'], ['s1']), link(['s3'], ['s3'])],
      ['s1 | s1', 's2 | ', ' | s2', 's3 | s3'],
    ],
    ['1:2 fills one row', 1, 2, [link(['s1'], ['s1', 's2'])], ['s1 | s1,s2']],
    [
      'links sharing a sentence form one n:m group',
      2,
      2,
      [link(['s1'], ['s1']), link(['s1'], ['s2']), link(['s2'], ['s2'])],
      ['s1,s2 | s1,s2'],
    ],
    [
      'a group with a gap pulls the later sentence up and marks it',
      2,
      3,
      [link(['s1'], ['s1', 's3']), link(['s2'], ['s2'])],
      ['s1 | s1,s3*', 's2 | s2'],
    ],
    [
      'crossing links: the group that jumps less goes first',
      3,
      3,
      [link(['s1'], ['s3']), link(['s2'], ['s1']), link(['s3'], ['s2'])],
      ['s2* | s1', 's1 | s3*', 's3 | s2'],
    ],
  ])('%s', (_name, na, nb, alignment, expected) => {
    expect(show(layoutRows(ids(na), ids(nb), alignment))).toEqual(expected);
  });

  it('shows every sentence of both sides exactly once', () => {
    const alignment = [link(['s2'], ['s5']), link(['s4'], ['s1', 's2']), link(['s5'], ['s3'], 'partial')];
    const rows = layoutRows(ids(6), ids(5), alignment);
    expect(rows.flatMap((r) => r.a.map((c) => c.id)).sort()).toEqual(ids(6).sort());
    expect(rows.flatMap((r) => r.b.map((c) => c.id)).sort()).toEqual(ids(5).sort());
  });

  it('names the relation of a group and its best score; null when unaligned', () => {
    const rows = layoutRows(ids(2), ids(2), [link(['s1'], ['s1']), link(['s1'], ['s2'], 'partial')]);
    expect(rows.map((r) => [r.relation, r.score])).toEqual([
      ['partial', 0.9],
      [null, null],
    ]);
  });
});
