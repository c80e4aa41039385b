import type { BatchSummary, PairEntry } from '../model/summary.js';

/** Serialises a batch's `summary.json`: stable key order as built, two-space indent, final newline. */
export function renderBatchSummary(summary: BatchSummary): string {
  return [...summaryChunks(summary)].join('');
}

/**
 * `renderBatchSummary` in pieces, one per pair, byte for byte `JSON.stringify(summary, null, 2)`, so
 * a 50,000-pair summary is written without ever being one 100 MB string. `full` restores an
 * entry the batch kept in part (batch/spill.ts).
 */
export function* summaryChunks(
  summary: BatchSummary,
  full: (entry: PairEntry) => PairEntry = (entry) => entry,
): Generator<string> {
  // Serialise all but the pairs, with an empty list in their place (same key order), then splice.
  const shell = JSON.stringify({ ...summary, pairs: [] }, null, 2);
  const marker = '\n  "pairs": [],';
  const at = shell.indexOf(marker);
  if (at < 0 || summary.pairs.length === 0) {
    yield `${JSON.stringify({ ...summary, pairs: summary.pairs.map(full) }, null, 2)}\n`;
    return;
  }
  yield `${shell.slice(0, at)}\n  "pairs": [`;
  for (const [i, pair] of summary.pairs.entries()) {
    // JSON strings never hold a raw newline, so re-indenting by line is exact.
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(full(pair), null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield `\n  ],${shell.slice(at + marker.length)}\n`;
}
