import { CONFIDENT, FINDING_KINDS, isConfident } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { counted } from '../text/counted.js';
import { shownByKind, shownOfAll } from './counts.js';

/** How many findings the human summary lists. */
const TOP = 8;

/**
 * A short summary a person reads on the terminal: the pair, shown counts by kind (`shown / all`
 * where some are hidden), the top confident
 * findings, and how many less confident ones the JSON report holds besides.
 */
export function renderText(report: Report): string {
  const { a, b } = report.sources;
  // Shown findings, "0 / 2 attribution" where some are hidden, as the Markdown and HTML count (user trial 7, item 8).
  const shown = shownByKind(report.findings);
  const counts = FINDING_KINDS.map((k) => {
    const n = shownOfAll(shown[k], report.summary[k]);
    return n.all === undefined ? `${n.shown} ${k}` : `${n.shown} / ${n.all} ${k}`;
  }).join(', ');
  const lines = [`${report.pair.id}: ${a.outlet} (a) vs ${b.outlet} (b)`, `  ${counts}`];
  const confident = report.findings.filter(isConfident);
  for (const finding of confident.filter((f) => f.kind !== 'agreement').slice(0, TOP)) {
    lines.push(`  [${finding.kind}] ${finding.explanation}`);
  }
  const hidden = report.findings.length - confident.length;
  if (hidden > 0)
    lines.push(
      `  (${counted(hidden, 'finding')} with confidence below ${CONFIDENT} ${hidden === 1 ? 'is' : 'are'} in the JSON report only)`,
    );
  const warnings = report.diagnostics.filter((d) => d.severity !== 'info');
  for (const d of warnings) lines.push(`  note: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
