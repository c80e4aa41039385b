import { describe, expect, it } from 'vitest';
import { parseCount } from '../../scripts/count-arg.js';

describe('a count argument of the evaluation scripts', () => {
  it.each([
    [undefined, 40],
    ['0', 0],
    ['12', 12],
    ['abc', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['', undefined],
    ['1e3', undefined],
  ] as const)('%s gives %s', (given, expected) => {
    expect(parseCount(given, 40)).toBe(expected);
  });
});
