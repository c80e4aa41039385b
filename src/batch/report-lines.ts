import type { BatchSummary } from '../model/summary.js';
import { gateLines } from './gate.js';

/**
 * What `batch` and `merge` print on stdout when done: totals, each failed pair, the gate, and a
 * last line whose verdict is exactly the exit code recorded in `summary.json`.
 */
export function outcomeLines(summary: BatchSummary, outDir: string, head: string): string[] {
  const { totals } = summary;
  const lines = [`${head}; wrote ${outDir}/index.html and ${outDir}/summary.json`];
  for (const entry of summary.pairs) {
    if (entry.status !== 'ok') lines.push(`  failed ${entry.id}: ${entry.error}`);
  }
  lines.push(...gateLines(summary.gate, summary.pairs));
  const reasons = [
    ...(totals.failed > 0 ? [`${totals.failed} pair(s) failed`] : []),
    ...(summary.gate.tripped ? ['the --fail-on gate tripped'] : []),
  ];
  lines.push(
    summary.exitCode === 0 ? 'result: ok (exit 0)' : `result: FAILED, ${reasons.join(' and ')} (exit 1)`,
  );
  return lines;
}
