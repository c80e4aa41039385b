import { CONFIDENT, FINDING_KINDS, type FindingKind } from '../model/finding.js';
import type { StreamedSummary } from '../model/summary.js';
import { escapeHtml as esc } from './html/escape.js';
import { skippedNote } from './index-skipped.js';

// The batch index's opening paragraphs (index-page.ts): pairs compared and failed, findings by
// kind, inputs skipped, links to the analysis tables, and the --fail-on gate.

/**
 * The findings the reports show, counted by kind, and all of them where some are hidden below
 * `CONFIDENT` (user trial 3: a count must match what a reader can open). The pair table counts shown ones.
 */
function findingCounts({ totals }: StreamedSummary): string {
  const list = (counts: Record<FindingKind, number>) =>
    FINDING_KINDS.map((k) => `${counts[k]} ${k}`).join(', ');
  // Only the hidden ones, by kind: the totals listed here read as hidden counts (user trial 18, item 22).
  const hiddenByKind = FINDING_KINDS.map((k) => [k, totals.all[k] - totals.findings[k]] as const).filter(
    ([, n]) => n > 0,
  );
  const hidden = hiddenByKind.reduce((sum, [, n]) => sum + n, 0);
  const hiddenList = hiddenByKind.map(([k, n]) => `${n} ${k}`).join(', ');
  return `<p>Findings shown (confidence ≥ ${CONFIDENT}): ${esc(list(totals.findings))}.${hidden > 0 ? ` ${hidden} more hidden below it: ${esc(hiddenList)}.` : ''}</p>`;
}

/** The paragraphs that open the index, one a line. */
export function verdict(summary: StreamedSummary): string {
  const { totals, gate } = summary;
  const lines = [
    `<p>${totals.pairs} pair(s) in ${totals.events} event(s): ${totals.ok} compared, <span class="${totals.failed > 0 ? 'error' : ''}">${totals.failed} failed</span>.</p>`,
    findingCounts(summary),
  ];
  if (summary.skipped?.length) lines.push(skippedNote(summary.skipped));
  // The tables and profiles are built from the JSON reports, so they exist only with them.
  if (summary.formats.includes('json'))
    lines.push(
      '<p>For analysis: <a href="outlets.html">outlet profiles</a>, <a href="findings.csv">findings.csv</a>, <a href="claims.csv">claims.csv</a> (and their <code>.jsonl</code> twins).</p>',
    );
  if (gate.kinds.length > 0) {
    const state = gate.tripped ? `failed: tripped by ${gate.trips.length} pair(s)` : 'passed';
    lines.push(
      `<p class="gate-${gate.tripped ? 'failed' : 'passed'}">Gate --fail-on ${esc(gate.kinds.join(','))}: ${state}.</p>`,
    );
  }
  return lines.join('\n');
}
