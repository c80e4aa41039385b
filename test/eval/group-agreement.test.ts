import { describe, expect, it } from 'vitest';
import { agreement } from '../../scripts/group/agreement.js';

describe('agreement (eval:group)', () => {
  it.each([
    [['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'], { ari: 1, precision: 1, recall: 1 }],
    // Pairs: truth joins 2, found joins 3, both 1, chance 1 of 6: ARI 0.
    [['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'y'], { ari: 0, precision: 1 / 3, recall: 1 / 2 }],
    [['a', 'b', 'c'], ['x', 'y', 'z'], { ari: 1, precision: 1, recall: 1 }],
  ])('%j against %j', (truth, found, expected) => {
    const got = agreement(truth, found);
    expect(got.ari).toBeCloseTo(expected.ari, 10);
    expect(got.precision).toBeCloseTo(expected.precision, 10);
    expect(got.recall).toBeCloseTo(expected.recall, 10);
  });
});
