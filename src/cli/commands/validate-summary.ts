import { totalsTally } from '../../batch/totals.js';
import type { BatchSummary } from '../../model/summary.js';

// A summary.json's totals against its own pairs, as a report's summary is checked against its
// findings (user trial 18, item 14: `totals.pairs: 99` over 6 listed pairs passed).

/** Every number under `totals`, by its dotted path (`findings.framing`). */
function leaves(value: unknown, path: string, into: Map<string, unknown>): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, into);
  else into.set(path, value);
  return into;
}

/**
 * The totals of a schema-valid summary that its pairs do not add up to, each named
 * (`totals.pairs is 99 but its pairs add up to 6`); the pairs are summed as the batch sums them.
 */
export function summaryTotalsProblems(summary: BatchSummary): string[] {
  const tally = totalsTally();
  for (const entry of summary.pairs) tally.add(entry);
  const expected = leaves(tally.result().totals, '', new Map());
  const given = leaves(summary.totals, '', new Map());
  const problems: string[] = [];
  for (const path of new Set([...given.keys(), ...expected.keys()])) {
    const [is, sum] = [given.get(path) ?? 0, expected.get(path) ?? 0];
    if (is !== sum) problems.push(`totals.${path} is ${is} but its pairs add up to ${sum}`);
  }
  return problems;
}
