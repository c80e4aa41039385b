import type { Report, ReportClaim } from '../../model/report.js';
import { labelPairs } from '../label-pairs.js';
import { escapeHtml } from './escape.js';

/** The framing table: each label pair with its lexicon group, categories and count. */
export function renderFramingTable(report: Report): string {
  const { a, b } = report.sources;
  const rows = labelPairs(report)
    .map(
      (p) =>
        `<tr><td><q>${escapeHtml(p.a)}</q></td><td><q>${escapeHtml(p.b)}</q></td><td>${escapeHtml(p.group) || '—'}</td><td>${escapeHtml(p.categoryA) || '—'}</td><td>${escapeHtml(p.categoryB) || '—'}</td><td class="num">${p.count}</td><td>${p.findings.map((id) => `<button type="button" class="pick link" data-f="${escapeHtml(id)}">${escapeHtml(id)}</button>`).join(' ')}</td></tr>`,
    )
    .join('\n');
  return `<section class="framing" aria-labelledby="framing-h">
<h2 id="framing-h">Framing: the same referent, labelled differently</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">${escapeHtml(a.outlet)} says</th><th scope="col">${escapeHtml(b.outlet)} says</th><th scope="col">Group</th><th scope="col">Category A</th><th scope="col">Category B</th><th scope="col" class="num">Count</th><th scope="col">Findings</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7" class="muted">No framing findings.</td></tr>'}
</tbody>
</table></div>
</section>`;
}

const COLUMNS = ['Claim', 'Side', 'Kind', 'Text', 'Normalised', 'Basis', 'Sentence', 'Rule'];

/** The claims table; each column header is a button that sorts the rows (the client script does it). */
export function renderClaimsTable(report: Report): string {
  const head = COLUMNS.map(
    (c, i) =>
      `<th scope="col" aria-sort="none"><button type="button" class="sort" data-col="${i}">${c}</button></th>`,
  ).join('');
  // Each sentence's place in its source, found once rather than searched for each claim
  // (reversed, so that an id given twice keeps its first place, as a search would).
  const placesOf = (side: 'a' | 'b') =>
    new Map(report.sources[side].sentences.map((s, i) => [s.id, i] as const).reverse());
  const places = { a: placesOf('a'), b: placesOf('b') };
  const rows = report.claims.map((c, i) => claimRow(c, i, report, places[c.side])).join('\n');
  return `<section class="claims" aria-labelledby="claims-h">
<h2 id="claims-h">Claims <span class="n">(${report.claims.length})</span></h2>
<p class="muted">Select a column header to sort by it; select it again to reverse.</p>
<div class="scroll"><table class="sortable">
<thead><tr>${head}</tr></thead>
<tbody>
${rows || `<tr><td colspan="${COLUMNS.length}" class="muted">No claims.</td></tr>`}
</tbody>
</table></div>
</section>`;
}

function claimRow(c: ReportClaim, order: number, report: Report, places: Map<string, number>): string {
  const source = report.sources[c.side];
  const sentenceIndex = places.get(c.sentence) ?? -1;
  const speaker = c.basis.speaker ? ` (${c.basis.speaker.text})` : '';
  const cells = [
    [order, c.id],
    [c.side, `${c.side.toUpperCase()} ${source.outlet}`],
    [c.kind, c.kind],
    [c.text.toLowerCase(), c.text],
    [describeClaim(c), describeClaim(c)],
    [c.basis.stance, `${c.basis.stance}${speaker}`],
    [`${c.side}${String(sentenceIndex).padStart(5, '0')}`, c.sentence],
    [c.ruleId, c.ruleId],
  ];
  return `<tr>${cells.map(([key, text]) => `<td data-v="${escapeHtml(String(key))}">${escapeHtml(String(text))}</td>`).join('')}</tr>`;
}

/** A claim's normalised fields in a few words: `20 rocket (exact)`, `2018-05-10 (day)`. */
function describeClaim(c: ReportClaim): string {
  switch (c.kind) {
    case 'quantity': {
      const amount = c.value ?? (c.min === c.max ? c.min : `${c.min ?? '…'}–${c.max ?? '…'}`);
      return `${amount ?? '?'} ${c.noun ?? ''} (${c.precision}${c.qualifier ? `, "${c.qualifier}"` : ''})`.replace(
        / +/g,
        ' ',
      );
    }
    case 'date': {
      const when = c.interval
        ? c.interval.start === c.interval.end
          ? c.interval.start
          : `${c.interval.start}..${c.interval.end}`
        : 'unresolved';
      return `${when} (${c.precision}, ${c.reference})`;
    }
    case 'attribution':
      return `${c.speaker?.text ?? 'unnamed'} ${c.cue.lemma} (${c.stance})`;
    case 'blame':
      return `${c.agent.text} blamed for ${c.act.text}${c.blamedBy ? ` by ${c.blamedBy.text}` : ''}`;
  }
}
