import { FINDING_KINDS } from '../model/finding.js';
import type { Report } from '../model/report.js';

/** How many findings the human summary lists. */
const TOP = 8;

/** A short summary a person reads on the terminal: the pair, counts by kind, the top findings. */
export function renderText(report: Report): string {
  const { a, b } = report.sources;
  const counts = FINDING_KINDS.map((k) => `${report.summary[k]} ${k}`).join(', ');
  const lines = [`${report.pair.id}: ${a.outlet} (a) vs ${b.outlet} (b)`, `  ${counts}`];
  for (const finding of report.findings.filter((f) => f.kind !== 'agreement').slice(0, TOP)) {
    lines.push(`  [${finding.kind}] ${finding.explanation}`);
  }
  const warnings = report.diagnostics.filter((d) => d.severity !== 'info');
  for (const d of warnings) lines.push(`  note: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
