import { describe, expect, it } from 'vitest';
import { lcsLength } from '../../../src/stages/align/lcs.js';

/** The textbook dynamic programme: the reference the bit-parallel method must equal. */
function reference(x: number[], y: number[]): number {
  const rows = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      rows[i][j] = x[i - 1] === y[j - 1] ? rows[i - 1][j - 1] + 1 : Math.max(rows[i - 1][j], rows[i][j - 1]);
  return rows[x.length][y.length];
}

const codes = (xs: number[]) => Float64Array.from(xs, (v) => v * 2 ** 30 + 7);

describe('lcsLength', () => {
  it.each([
    [[], [], 0],
    [[1, 2, 3], [], 0],
    [[1, 2, 3], [1, 2, 3], 3],
    [[1, 2, 3, 4], [2, 4], 2],
    [[1, 1, 1], [1, 1], 2],
    [[1, 2, 3], [3, 2, 1], 1],
    [[5, 6, 7], [8, 9], 0],
  ])('%j, %j → %i', (x, y, expected) => {
    expect(lcsLength(codes(x), codes(y))).toBe(expected);
    expect(lcsLength(codes(y), codes(x))).toBe(expected);
  });

  it('equals the dynamic programme on sequences across word boundaries (31–100 elements)', () => {
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 300; round++) {
      const alphabet = 2 + Math.floor(next() * 12);
      const draw = (n: number) => Array.from({ length: n }, () => Math.floor(next() * alphabet));
      const x = draw(Math.floor(next() * 100));
      const y = draw(Math.floor(next() * 100));
      expect(lcsLength(codes(x), codes(y))).toBe(reference(x, y));
    }
    for (const n of [31, 32, 33, 63, 64, 65]) {
      const x = Array.from({ length: n }, (_, i) => i % 5);
      expect(lcsLength(codes(x), codes(x))).toBe(n);
      expect(lcsLength(codes(x), codes([...x].reverse()))).toBe(reference(x, [...x].reverse()));
    }
  });
});
