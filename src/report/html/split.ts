import type { Report, ReportSentence, ReportSource } from '../../model/report.js';
import { carriesClaims } from '../../model/roles.js';
import type { Side } from '../../model/span.js';
import { escapeHtml } from './escape.js';
import { type Mark, marksBySentence, renderSentenceText } from './marks.js';
import { layoutRows, type Row, type RowCell } from './rows.js';

/** What the split view needs about one side. */
interface SideView {
  side: Side;
  source: ReportSource;
  sentences: Map<string, ReportSentence>;
  marks: Map<string, Mark[]>;
}

/**
 * The two articles side by side: one row per aligned group, sentences present on one side only
 * in rows of their own, captions and boilerplate dimmed, evidence spans marked by finding kind.
 */
export function renderSplit(report: Report): string {
  const rank = new Map(report.findings.map((f, i) => [f.id, i]));
  const view = (side: Side): SideView => ({
    side,
    source: report.sources[side],
    sentences: new Map(report.sources[side].sentences.map((s) => [s.id, s])),
    marks: marksBySentence(report.findings, side),
  });
  const [a, b] = [view('a'), view('b')];
  const rows = layoutRows(
    a.source.sentences.map((s) => s.id),
    b.source.sentences.map((s) => s.id),
    report.alignment,
  );
  const body = rows.map((row) => renderRow(row, a, b, rank)).join('\n');
  return `<section class="texts" aria-labelledby="texts-h">
<h2 id="texts-h">The two articles, aligned sentence by sentence</h2>
<div class="split">
<div class="split-head" aria-hidden="true"><div class="side-a"><span class="side-badge">A</span> ${escapeHtml(a.source.outlet)}</div><div class="side-b"><span class="side-badge">B</span> ${escapeHtml(b.source.outlet)}</div></div>
${body}
</div>
</section>`;
}

function renderRow(row: Row, a: SideView, b: SideView, rank: Map<string, number>): string {
  const kind = row.relation ?? (row.a.length > 0 ? 'only-a' : 'only-b');
  const score = row.score === null ? '' : ` title="aligned, ${row.relation}, score ${row.score.toFixed(2)}"`;
  const cells = [renderCell(row.a, a, rank), renderCell(row.b, b, rank)];
  if (row.relation === null) {
    const [present, absent] = row.a.length > 0 ? [a, b] : [b, a];
    const text = present.sentences.get((row.a[0] ?? row.b[0]).id);
    const note =
      text && carriesClaims(text)
        ? `<span class="absent">only in ${escapeHtml(present.source.outlet)}: no matching sentence in ${escapeHtml(absent.source.outlet)}</span>`
        : '';
    cells[row.a.length > 0 ? 1 : 0] = `<div class="cell side-${absent.side} empty">${note}</div>`;
  }
  return `<div class="row ${kind}"${score}>${cells.join('')}</div>`;
}

function renderCell(cells: RowCell[], own: SideView, rank: Map<string, number>): string {
  if (cells.length === 0) return '';
  const tag = `<span class="side-tag"><span class="side-badge">${own.side.toUpperCase()}</span> ${escapeHtml(own.source.outlet)}</span>`;
  const sentences = cells.map((cell) => renderSentence(cell, own, rank)).join('');
  return `<div class="cell side-${own.side}">${tag}${sentences}</div>`;
}

function renderSentence(cell: RowCell, own: SideView, rank: Map<string, number>): string {
  const s = own.sentences.get(cell.id);
  if (!s) return '';
  const dimmed = s.role === 'caption' || s.role === 'boilerplate';
  const notes: string[] = [];
  if (dimmed || s.role === 'headline') notes.push(`<span class="role">${s.role}</span>`);
  if (cell.moved)
    notes.push(
      '<span class="moved" title="moved up beside its match: it comes later in the article">↑<span class="vh"> moved up: it comes later in the article</span></span>',
    );
  const text = renderSentenceText(s, own.marks.get(s.id) ?? [], rank);
  return `<p class="sent role-${s.role}" id="${own.side}-${escapeHtml(s.id)}"><span class="sid">${escapeHtml(s.id)}</span>${notes.join('')} <span class="st">${text}</span></p>`;
}
