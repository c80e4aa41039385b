import type { OutletCell, StreamedSummary } from '../model/summary.js';
import { escapeHtml as esc } from './html/escape.js';

// The batch index's outlet × outlet table (index-page.ts): for each ordered pair of outlets, the
// labels the row outlet uses where the column outlet uses another, and their divergences.

/** The labels listed in a cell; the rest are counted. */
const CELL_LABELS = 5;

/** A cell: the row outlet's divergences from the column outlet and its first labels. */
function cellHtml(cell: OutletCell | undefined): string {
  if (!cell) return '<td>—</td>';
  const labels = cell.labels
    .slice(0, CELL_LABELS)
    .map((l) => `<li>“${esc(l.a)}” for “${esc(l.b)}” ×${l.count}</li>`)
    .join('');
  const more =
    cell.labels.length > CELL_LABELS ? `<li>and ${cell.labels.length - CELL_LABELS} more</li>` : '';
  return `<td><div>${cell.divergences} divergence(s) in ${cell.pairs} pair(s)</div>${labels ? `<ul class="labels">${labels}${more}</ul>` : ''}</td>`;
}

/** The outlet × outlet table, or a line saying no pair was compared. */
export function outletTable(summary: StreamedSummary): string {
  const outlets = [...new Set(summary.outlets.map((c) => c.a))];
  if (outlets.length === 0) return '<p>No pair was compared.</p>';
  const cells = new Map(summary.outlets.map((c) => [JSON.stringify([c.a, c.b]), c]));
  const head = `<tr><th scope="col">Row says … where column says …</th>${outlets.map((o) => `<th scope="col">${esc(o)}</th>`).join('')}</tr>`;
  const rows = outlets.map(
    (row) =>
      `<tr><th scope="row">${esc(row)}</th>${outlets.map((col) => (row === col ? '<td>—</td>' : cellHtml(cells.get(JSON.stringify([row, col]))))).join('')}</tr>`,
  );
  return `<div class="wrap"><table id="outlets"><caption>Outlet × outlet, across all events: the labels the row outlet uses where the column outlet uses another, and the divergences between them.</caption><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}
