import type { BatchSummary, StreamedSummary } from '../model/summary.js';

/** Serialises a batch's `summary.json`: stable key order as built, two-space indent, final newline. */
export function renderBatchSummary(summary: BatchSummary): string {
  return [...summaryChunks(summary)].join('');
}

/**
 * `renderBatchSummary` in pieces, one per pair, byte for byte `JSON.stringify(summary, null, 2)`, so
 * a 50,000-pair summary is written without ever being one 100 MB string, nor its pairs held at
 * once: they are read as they are written (a batch reads them back from disk, batch/spill.ts).
 */
export function* summaryChunks(summary: StreamedSummary): Generator<string> {
  // Serialise all but the pairs, with an empty list in their place (same key order), then splice.
  const shell = JSON.stringify({ ...summary, pairs: [] }, null, 2);
  const marker = '\n  "pairs": [],';
  const at = shell.indexOf(marker);
  if (at < 0) {
    yield `${JSON.stringify({ ...summary, pairs: [...summary.pairs] }, null, 2)}\n`;
    return;
  }
  let i = 0;
  for (const pair of summary.pairs) {
    if (i === 0) yield `${shell.slice(0, at)}\n  "pairs": [`;
    // JSON strings never hold a raw newline, so re-indenting by line is exact.
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(pair, null, 2).replaceAll('\n', '\n    ')}`;
    i += 1;
  }
  yield i === 0 ? `${shell}\n` : `\n  ],${shell.slice(at + marker.length)}\n`;
}
