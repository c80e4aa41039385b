import { FINDING_KINDS, type Finding, type FindingKind, isConfident } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import { carriesClaims } from '../../model/roles.js';
import { cappedLines, shownByKind, shownOfAll } from '../counts.js';
import { escapeHtml } from './escape.js';
import { KIND_STYLES } from './kinds.js';

/** How many findings the summary lists. */
const TOP = 5;

/** The summary: a strip of counts by kind (drawn as SVG, no inline styles, so the CSP holds) and the top findings. */
export function renderSummary(report: Report): string {
  // Counts of what the page shows by default, "0 / 2" where some are hidden, as the Markdown (user trial 6, item 5).
  const shown = shownByKind(report.findings);
  const total = FINDING_KINDS.reduce((n, k) => n + shown[k], 0);
  const counts = FINDING_KINDS.map(
    (k) =>
      `<li class="count k-${k}"><span class="badge k-${k}" aria-hidden="true">${KIND_STYLES[k].letter}</span> ${countHtml(shown[k], report.summary[k])} ${k}</li>`,
  ).join('');
  const capped = cappedLines(report).map((line) => `<p class="capped">${escapeHtml(line)}</p>`);
  const top = report.findings.filter(isConfident).slice(0, TOP).map(topItem).join('\n');
  return `<section class="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="summary-grid">
<div>
<p class="total"><span class="n">${total}</span> findings shown of ${report.findings.length}, ${report.alignment.length} aligned sentence links, ${report.claims.length} claims</p>
${strip(shown, total)}
<ul class="counts">${counts}</ul>
${capped.join('\n')}
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

/** A kind's count: the shown number, with "/ all" when some of the kind are hidden. */
export function countHtml(shown: number, all: number): string {
  const c = shownOfAll(shown, all);
  return c.all === undefined
    ? `<span class="n">${c.shown}</span>`
    : `<span class="n">${c.shown}</span> / ${c.all}`;
}

function strip(shown: Record<FindingKind, number>, total: number): string {
  if (total === 0) return '';
  let x = 0;
  const rects = FINDING_KINDS.filter((k) => shown[k] > 0).map((k) => {
    const width = (100 * shown[k]) / total;
    const rect = `<rect class="k-${k}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"><title>${shown[k]} ${k}</title></rect>`;
    x += width;
    return rect;
  });
  const label = FINDING_KINDS.map((k) => `${shown[k]} ${k}`).join(', ');
  return `<svg class="strip" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="Findings by kind: ${label}">${rects.join('')}</svg>`;
}

/** How much of each article's running text found a counterpart: headline and body sentences only. */
function coverage(report: Report): string {
  const items = (['a', 'b'] as const).map((side) => {
    const source = report.sources[side];
    const linked = new Set(report.alignment.flatMap((l) => l[side]));
    const text = source.sentences.filter(carriesClaims);
    const aligned = text.filter((s) => linked.has(s.id)).length;
    return `<li><span class="side-badge">${side.toUpperCase()}</span> ${escapeHtml(source.outlet)}: <span class="n">${aligned}</span> of <span class="n">${text.length}</span> headline and body sentences aligned</li>`;
  });
  return `<ul class="coverage">${items.join('')}</ul>`;
}

function topItem(f: Finding): string {
  return `<li data-kind="${f.kind}"><button type="button" class="pick" data-f="${escapeHtml(f.id)}"><span class="badge k-${f.kind}" aria-hidden="true">${KIND_STYLES[f.kind].letter}</span> <span class="what">${escapeHtml(f.explanation)}</span> <span class="meta">${f.kind} · ${escapeHtml(f.id)}</span></button></li>`;
}
