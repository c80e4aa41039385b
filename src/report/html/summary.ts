import { FINDING_KINDS, type Finding, isConfident } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import { escapeHtml } from './escape.js';
import { KIND_STYLES } from './kinds.js';

/** How many findings the summary lists. */
const TOP = 5;

/** The summary: a strip of counts by kind (drawn as SVG, no inline styles, so the CSP holds) and the top findings. */
export function renderSummary(report: Report): string {
  const total = FINDING_KINDS.reduce((n, k) => n + report.summary[k], 0);
  const counts = FINDING_KINDS.map(
    (k) =>
      `<li class="count k-${k}"><span class="badge k-${k}" aria-hidden="true">${KIND_STYLES[k].letter}</span> <span class="n">${report.summary[k]}</span> ${k}</li>`,
  ).join('');
  const top = report.findings.filter(isConfident).slice(0, TOP).map(topItem).join('\n');
  return `<section class="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="summary-grid">
<div>
<p class="total"><span class="n">${total}</span> findings, ${report.alignment.length} aligned sentence links, ${report.claims.length} claims</p>
${strip(report, total)}
<ul class="counts">${counts}</ul>
${coverage(report)}
</div>
<div>
<h3>Top confident findings by salience</h3>
<ol class="top-findings">
${top || '<li class="muted">No findings.</li>'}
</ol>
</div>
</div>
</section>`;
}

function strip(report: Report, total: number): string {
  if (total === 0) return '';
  let x = 0;
  const rects = FINDING_KINDS.filter((k) => report.summary[k] > 0).map((k) => {
    const width = (100 * report.summary[k]) / total;
    const rect = `<rect class="k-${k}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"><title>${report.summary[k]} ${k}</title></rect>`;
    x += width;
    return rect;
  });
  const label = FINDING_KINDS.map((k) => `${report.summary[k]} ${k}`).join(', ');
  return `<svg class="strip" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="Findings by kind: ${label}">${rects.join('')}</svg>`;
}

/** How much of each article's running text found a counterpart: headline and body sentences only. */
function coverage(report: Report): string {
  const items = (['a', 'b'] as const).map((side) => {
    const source = report.sources[side];
    const linked = new Set(report.alignment.flatMap((l) => l[side]));
    const text = source.sentences.filter((s) => s.role === 'body' || s.role === 'headline');
    const aligned = text.filter((s) => linked.has(s.id)).length;
    return `<li><span class="side-badge">${side.toUpperCase()}</span> ${escapeHtml(source.outlet)}: <span class="n">${aligned}</span> of <span class="n">${text.length}</span> headline and body sentences aligned</li>`;
  });
  return `<ul class="coverage">${items.join('')}</ul>`;
}

function topItem(f: Finding): string {
  return `<li data-kind="${f.kind}"><button type="button" class="pick" data-f="${escapeHtml(f.id)}"><span class="badge k-${f.kind}" aria-hidden="true">${KIND_STYLES[f.kind].letter}</span> <span class="what">${escapeHtml(f.explanation)}</span> <span class="meta">${f.kind} · ${escapeHtml(f.id)}</span></button></li>`;
}
