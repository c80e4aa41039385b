import { CONFIDENT, FINDING_KINDS, type Finding, isConfident } from '../../model/finding.js';
import type { Report } from '../../model/report.js';
import type { Side, Span } from '../../model/span.js';
import { shownByKind } from '../counts.js';
import { escapeHtml } from './escape.js';
import { KIND_STYLES } from './kinds.js';
import { countHtml } from './summary.js';

/**
 * The legend and the filter in one: a checkbox per finding kind, each labelled with its letter,
 * underline style and count, so the marks can be told apart without colour.
 */
export function renderFilter(report: Report): string {
  const shown = shownByKind(report.findings);
  const boxes = FINDING_KINDS.map((k) => {
    const { letter, underline, meaning } = KIND_STYLES[k];
    return `<label class="kind k-${k}" title="${meaning}"><input type="checkbox" name="kind" value="${k}" checked> <span class="badge k-${k}" aria-hidden="true">${letter}</span> <span class="sample hl k-${k}">${k}</span> ${countHtml(shown[k], report.summary[k])}<span class="vh">${underline === 'none' ? 'no underline' : `${underline} underline`}</span></label>`;
  }).join('\n');
  const low = report.findings.filter((f) => !isConfident(f)).length;
  return `<div class="toolbar">
<fieldset class="filter">
<legend>Show finding kinds (legend: letter, underline style, count)</legend>
${boxes}
<label class="low"><input type="checkbox" name="low"> less confident findings (below ${CONFIDENT}) <span class="n">${low}</span></label>
</fieldset>
</div>`;
}

/** The sidebar: the selected finding's details, then every finding as a button. */
export function renderFindings(report: Report): string {
  const { a, b } = report.sources;
  const items = report.findings.map((f) => findingItem(f, a.outlet, b.outlet)).join('\n');
  const confident = report.findings.filter(isConfident).length;
  return `<aside class="side" aria-labelledby="findings-h">
<section id="detail" class="detail" aria-live="polite" aria-label="Selected finding">
<p class="muted">Select a finding, here or in the text, to mark its evidence on both sides.</p>
</section>
<h2 id="findings-h">Findings <span class="n">(${confident} confident of ${report.findings.length})</span></h2>
<ol class="findings">
${items || '<li class="muted">No findings.</li>'}
</ol>
</aside>`;
}

function findingItem(f: Finding, outletA: string, outletB: string): string {
  const { letter } = KIND_STYLES[f.kind];
  const id = escapeHtml(f.id);
  // Less confident findings start hidden; the "less confident" switch in the toolbar shows them.
  const low = isConfident(f) ? '' : ' data-low hidden';
  return `<li id="finding-${id}" class="finding" data-kind="${f.kind}"${low}>
<button type="button" class="pick" data-f="${id}" aria-pressed="false"><span class="badge k-${f.kind}" aria-hidden="true">${letter}</span> <span class="what">${escapeHtml(f.explanation)}</span> <span class="meta">${f.kind} · ${id} · salience ${f.salience.toFixed(2)} · confidence ${f.confidence.toFixed(2)}</span></button>
<div class="more" hidden>
<p class="detail-title"><span class="badge k-${f.kind}" aria-hidden="true">${letter}</span> ${f.kind} <span class="muted">${id}</span></p>
<p>${escapeHtml(f.explanation)}</p>
<dl>
<dt>Rule</dt><dd><code>${escapeHtml(f.ruleId)}</code></dd>
<dt>${escapeHtml(outletA)}</dt><dd>${evidence(f, 'a')}</dd>
<dt>${escapeHtml(outletB)}</dt><dd>${evidence(f, 'b')}</dd>
${labels(f)}<dt>Salience</dt><dd>${f.salience.toFixed(2)} · subject ${escapeHtml(f.subject)}</dd>
<dt>Confidence</dt><dd>${f.confidence.toFixed(2)}</dd>
<dt>Claims</dt><dd>${f.claims.length > 0 ? escapeHtml(f.claims.join(', ')) : 'none'}</dd>
</dl>
</div>
</li>`;
}

/**
 * Each evidence span as a control that scrolls its marks into view: a finding's spans on the two
 * sides can sit many rows apart (an aligned sentence far down the other article), too far to show
 * both at once, so each side must be reachable on its own.
 */
function evidence(f: Finding, side: Side): string {
  const spans = f[side];
  if (spans.length === 0) return '<em>absent</em>';
  const id = escapeHtml(f.id);
  return spans
    .map((s: Span) => {
      const sentence = escapeHtml(s.sentence);
      // data-s ("a-s3") names the side and sentence the client scrolls to; no attribute is here for tests alone.
      return `<button type="button" class="goto" data-f="${id}" data-s="${side}-${sentence}" title="show in the text"><q>${escapeHtml(s.text)}</q></button> <span class="muted">${sentence}</span>`;
    })
    .join('<br>');
}

function labels(f: Finding): string {
  if (!f.labels) return '';
  const cat = (c: string | undefined) => (c ? ` (${escapeHtml(c)})` : '');
  return `<dt>Labels</dt><dd><q>${escapeHtml(f.labels.a)}</q>${cat(f.labels.categoryA)} ↔ <q>${escapeHtml(f.labels.b)}</q>${cat(f.labels.categoryB)}</dd>\n`;
}
