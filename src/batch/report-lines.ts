import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, FindingBrief, PairEntry } from '../model/summary.js';
import { GATE_LINES_PAIRS, gateLines, type NamedPair } from './gate.js';

/**
 * A summary as the CLI's lines read it: instead of every pair, `named` holds only the pairs they
 * name (`namedTally`), so that a batch need not keep every entry to print them (batch/spill.ts).
 */
export type OutcomeSummary = Omit<BatchSummary, 'pairs'> & { named: readonly NamedPair[] };

/**
 * What the lines quote of the pairs, gathered as they stream past in order: every failed pair's
 * id and error, and of the first `GATE_LINES_PAIRS` tripped pairs what a cap cut and their top
 * findings of the gated kinds (and, when `hidden`, their top hidden findings of those kinds). The
 * other tripped pairs are only counted (review of mem6, item 3). `add` is told whether the pair
 * tripped the gate.
 */
export function namedTally(kinds: readonly FindingKind[], hidden = false) {
  const named: NamedPair[] = [];
  let quoted = 0;
  const gated = (briefs: readonly FindingBrief[]) => briefs.filter((finding) => kinds.includes(finding.kind));
  return {
    add({ id, status, error, capped, top, topHidden, failedSources }: PairEntry, tripped: boolean): void {
      if (status !== 'ok')
        named.push({ id, status, error, ...(failedSources === undefined ? {} : { failedSources }) });
      else if (tripped && quoted++ < GATE_LINES_PAIRS) {
        const shownHidden = hidden && topHidden !== undefined ? { topHidden: gated(topHidden) } : {};
        named.push({
          id,
          status,
          ...(capped === undefined ? {} : { capped }),
          top: gated(top),
          ...shownHidden,
        });
      }
    },
    list: (): NamedPair[] => named,
  };
}

/**
 * What `batch` and `merge` print on stdout when done: totals, each failed pair, the gate, and a
 * last line whose verdict is exactly the exit code recorded in `summary.json`.
 */
export function outcomeLines(summary: OutcomeSummary, outDir: string, head: string): string[] {
  const { totals } = summary;
  const lines = [`${head}; wrote ${outDir}/index.html and ${outDir}/summary.json`];
  // A source that cannot be read is one line, not one per pair it is in (user trial 7, item 6).
  for (const source of summary.failedSources ?? [])
    lines.push(
      `  failed source ${source.path}: ${source.reason}; its ${source.pairs} pair(s) were not compared`,
    );
  for (const entry of summary.named) {
    if (entry.status !== 'ok' && entry.failedSources === undefined)
      lines.push(`  failed ${entry.id}: ${entry.error}`);
  }
  lines.push(...gateLines(summary.gate, summary.named));
  const sources = summary.failedSources ?? [];
  // Distinct pairs: a pair of two bad sources counts once, though both sources count it.
  const notCompared = summary.named.filter((entry) => entry.failedSources !== undefined).length;
  const reasons = [
    ...(sources.length > 0
      ? [`${sources.length} source(s) could not be read (${notCompared} pair(s) not compared)`]
      : []),
    ...(totals.failed > notCompared ? [`${totals.failed - notCompared} pair(s) failed`] : []),
    ...(summary.gate.tripped ? ['the --fail-on gate tripped'] : []),
  ];
  lines.push(
    summary.exitCode === 0
      ? 'result: ok (exit 0)'
      : `result: FAILED, ${reasons.join(' and ')} (exit ${summary.exitCode})`,
  );
  return lines;
}
