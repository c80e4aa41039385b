import { describe, expect, it } from 'vitest';
import { summarizeSorted } from '../../src/batch/summarize.js';
import type { PairEntry } from '../../src/model/summary.js';
import { entry } from './entries.js';

/** The outlet × outlet table of a summary of `entries`, as a batch makes it. */
const outletMatrix = (entries: PairEntry[]) =>
  summarizeSorted(entries, { formats: ['json'], gate: [] }).summary.outlets;

describe('outletMatrix', () => {
  it('counts label substitutions per pair of outlets across events, from both sides', () => {
    const cells = outletMatrix([
      entry('e1/x--y', ['Press TV', 'Wire'], { divergence: 1 }, [{ a: 'regime', b: 'government', count: 4 }]),
      entry('e2/p--w', ['Wire', 'Press TV'], { divergence: 2 }, [{ a: 'government', b: 'regime', count: 3 }]),
      entry('e3/p--w', ['Wire', 'Press TV'], { divergence: 9 }, [], 'error'),
    ]);
    expect(cells).toEqual([
      {
        a: 'Press TV',
        b: 'Wire',
        labels: [{ a: 'regime', b: 'government', count: 7 }],
        divergences: 3,
        pairs: 2,
      },
      {
        a: 'Wire',
        b: 'Press TV',
        labels: [{ a: 'government', b: 'regime', count: 7 }],
        divergences: 3,
        pairs: 2,
      },
    ]);
  });

  it('orders labels by count, then by label', () => {
    const [cell] = outletMatrix([
      entry('e/x--y', ['A', 'B'], {}, [
        { a: 'z', b: 'y', count: 1 },
        { a: 'm', b: 'n', count: 2 },
        { a: 'b', b: 'c', count: 1 },
      ]),
    ]);
    expect(cell.labels.map((l) => l.a)).toEqual(['m', 'b', 'z']);
  });
});
