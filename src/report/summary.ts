import type { BatchSummary } from '../model/summary.js';

/** Serialises a batch's `summary.json`: stable key order as built, two-space indent, final newline. */
export function renderBatchSummary(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
