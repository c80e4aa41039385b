import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/batch/summarize.js';
import { renderBatchSummary, summaryChunks } from '../../src/report/summary.js';
import { entry } from './entries.js';

const options = { formats: ['json'], gate: [] };
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
});
