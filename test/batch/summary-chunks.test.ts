import { describe, expect, it } from 'vitest';
import { GATE_LINES_PAIRS } from '../../src/batch/gate.js';
import { buildSummary, summarizeSorted } from '../../src/batch/summarize.js';
import { indexChunks, renderIndex } from '../../src/report/index-page.js';
import { renderBatchSummary, summaryChunks } from '../../src/report/summary.js';
import { entry } from './entries.js';

const options = { formats: ['json'], gate: [] };
/** A gate that most pairs trip, past the pairs the lines name. */
const gated = { formats: ['json'], gate: ['omission' as const] };
const many = Array.from({ length: 250 }, (_, i) =>
  entry(`e${i % 7}/a${i}--b${i}`, [`A "${i}"\u2028`, 'B'], { omission: i % 5 }, [
    { a: 'x', b: 'y', count: 1 },
  ]),
);

describe('summaryChunks', () => {
  it.each([
    ['no pair', buildSummary([], options)],
    ['one pair', buildSummary(many.slice(0, 1), options)],
    ['250 pairs, escaped text', buildSummary(many, { ...options, shard: { index: 1, count: 2 } })],
  ])('%s: byte for byte JSON.stringify(summary, null, 2)', (_name, summary) => {
    expect(renderBatchSummary(summary)).toBe(`${JSON.stringify(summary, null, 2)}\n`);
  });

  it('writes one chunk per pair beside the head and tail', () => {
    const summary = buildSummary(many, options);
    expect([...summaryChunks(summary)]).toHaveLength(many.length + 2);
  });

  it.each([
    ['no pair', 0],
    ['one pair', 1],
    ['250 pairs', 250],
  ])(
    '%s read back one at a time (as a batch reads them from disk): the same summary and index',
    (_name, n) => {
      const summary = buildSummary(many.slice(0, n), gated);
      let reads = 0;
      // A fresh copy of each pair on every pass, as the spill gives them.
      const pairs = {
        *[Symbol.iterator]() {
          for (const pair of summary.pairs) {
            reads += 1;
            yield structuredClone(pair);
          }
        },
      };
      const { summary: streamed, named } = summarizeSorted(pairs, gated);
      expect(reads).toBe(n);
      expect({ ...streamed, pairs: [...streamed.pairs] }).toEqual(summary);
      // The pairs the lines name: the first GATE_LINES_PAIRS with an omission shown (the gated kind), in order.
      const tripped = summary.pairs.filter((pair) => (pair.counts.omission ?? 0) > 0).map((pair) => pair.id);
      expect(named.map((pair) => pair.id)).toEqual(tripped.slice(0, GATE_LINES_PAIRS));
      expect(named.map((pair) => pair.id)).toEqual(
        summary.gate.trips.slice(0, GATE_LINES_PAIRS).map((trip) => trip.pair),
      );
      expect(named.length).toBe(n === 250 ? GATE_LINES_PAIRS : 0);
      expect([...summaryChunks(streamed)].join('')).toBe(renderBatchSummary(summary));
      expect([...indexChunks(streamed)].join('')).toBe(renderIndex(summary));
      // One pass for totals, gate, outlets and named pairs, the copy above, summary.json, the index.
      expect(reads).toBe(4 * n);
    },
  );
});
