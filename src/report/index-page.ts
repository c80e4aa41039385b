import { CONFIDENT, FINDING_KINDS } from '../model/finding.js';
import type { BatchSummary, PairEntry, StreamedSummary } from '../model/summary.js';
import { escapeHtml as esc } from './html/escape.js';
import { outletTable } from './index-outlets.js';
import { INDEX_SCRIPT as SCRIPT } from './index-page-script.js';
import { verdict } from './index-verdict.js';
import { pageStart } from './page-start.js';

/**
 * Rows of the pair table in the DOM at once. The whole table is a JSON data block the script
 * pages through, so 50,000 pairs make a 15 MB page that opens in about a second, not 50,000 rows.
 */
export const PAGE_SIZE = 100;

/** The index's style: inline, allowed by its hash in the CSP. */
const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}.wrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}#pairs td:first-child{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.pager,.filter{margin:.5rem 0;display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}.filter[hidden]{display:none}
.error{color:#8a1c1c;font-weight:600}.gate-failed{color:#8a1c1c}.gate-passed{color:#1d5e20}
ul.labels{margin:0;padding-left:1rem}a{color:#0b57a4}
@media print{th button::after{content:none}}`;

/** A relative link to a pair's file, each path segment percent-encoded. */
function href(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** A table head whose column names are buttons the script sorts by. */
function sortableHead(columns: string[]): string {
  return `<thead><tr>${columns.map((c) => `<th scope="col"><button type="button">${esc(c)}</button></th>`).join('')}</tr></thead>`;
}

/** A pair as a table row, for the first page (shown without script). */
function pairRow(entry: PairEntry, index: number): string {
  const links = entry.files
    .map((file) => `<a href="${esc(href(file))}">${esc(file.slice(file.lastIndexOf('.') + 1))}</a>`)
    .join(' ');
  const status =
    entry.status === 'ok' ? 'ok' : `<span class="error">error: ${esc(entry.error ?? 'unknown')}</span>`;
  // A failed pair has no counts: a dash, not zeros that read as "no findings" (user trial 8).
  const counts = FINDING_KINDS.map(
    (k) => `<td class="n">${entry.status === 'ok' ? entry.counts[k] : '—'}</td>`,
  ).join('');
  return `<tr data-index="${index}"><td>${esc(entry.event)}</td><td>${esc(entry.outlets.a)} <small>(${esc(entry.a)})</small></td><td>${esc(entry.outlets.b)} <small>(${esc(entry.b)})</small></td><td data-sort="${entry.status}">${status}</td>${counts}<td>${links}</td></tr>`;
}

/** A pair as the script's data row: see INDEX_SCRIPT. `<` is escaped so no text can end the block. */
function dataRow(entry: PairEntry): string {
  const row = [
    entry.event,
    entry.outlets.a,
    entry.a,
    entry.outlets.b,
    entry.b,
    entry.status,
    entry.error ?? 'unknown',
    ...FINDING_KINDS.map((k) => entry.counts[k]),
    entry.files,
  ];
  return JSON.stringify(row).replaceAll('<', '\\u003c');
}

/**
 * The pair table, in pieces: its first page as rows (shown without script), then every pair as
 * data. Reads the pairs once, holding only the first page (a batch reads them from disk); the
 * number of pairs is the summary's total.
 */
function* pairsTable(summary: StreamedSummary): Generator<string> {
  const count = summary.totals.pairs;
  const pairs = summary.pairs[Symbol.iterator]();
  try {
    const first: PairEntry[] = [];
    while (first.length < PAGE_SIZE) {
      const next = pairs.next();
      if (next.done) break;
      first.push(next.value);
    }
    yield tableHead(first, count);
    let i = 0;
    for (const entry of first) yield `${i++ === 0 ? '' : ','}\n${dataRow(entry)}`;
    for (let next = pairs.next(); !next.done; next = pairs.next())
      yield `${i++ === 0 ? '' : ','}\n${dataRow(next.value)}`;
    yield '\n]</script>';
  } finally {
    pairs.return?.();
  }
}

/** The table up to its data block: filter, pager, caption, head and the first page's rows. */
function tableHead(first: PairEntry[], count: number): string {
  const head = sortableHead(['Event', 'Outlet a', 'Outlet b', 'Status', ...FINDING_KINDS, 'Reports']);
  const rows = first.map(pairRow).join('\n');
  const kinds = FINDING_KINDS.map((k) => `<option value="${k}">${k}</option>`).join('');
  const filter = `<div class="filter" id="pairs-filter" hidden><label>Filter pairs <input type="search" id="pairs-filter-text" placeholder="event, outlet or error"></label><label>showing <select id="pairs-filter-kind"><option value="">any findings</option>${kinds}</select></label></div>`;
  const pager = `<div class="pager"><button type="button" id="pairs-prev">Previous</button><span id="pairs-info" aria-live="polite">Pairs 1–${Math.min(PAGE_SIZE, count)} of ${count}</span><button type="button" id="pairs-next">Next</button></div>`;
  return `${filter}\n${pager}\n<div class="wrap"><table class="sortable" id="pairs" data-page-size="${PAGE_SIZE}" data-kinds="${esc(JSON.stringify(FINDING_KINDS))}"><caption>Every pair, with its shown findings by kind (confidence ≥ ${CONFIDENT}), ${PAGE_SIZE} a page. Click a column to sort.</caption>${head}<tbody>\n${rows}\n</tbody></table></div>\n<script type="application/json" id="pairs-data">[`;
}

/**
 * The batch's `index.html`: one self-contained page (inline style and script, allowed only by
 * hash in a CSP meta tag, no network) listing every pair with counts and links in sortable
 * columns (paged: see PAGE_SIZE), and the outlet × outlet table. Every piece of text is escaped. Depends only on the
 * summary, so equal summaries give byte-equal pages.
 */
export function renderIndex(summary: BatchSummary): string {
  return [...indexChunks(summary)].join('');
}

/** `renderIndex` in pieces, for writing a large index without building it as one string. */
export function* indexChunks(summary: StreamedSummary): Generator<string> {
  const title = `crosscheck: ${summary.totals.pairs} pair(s) in ${summary.totals.events} event(s)`;
  yield `${pageStart(title, SCRIPT, STYLE)}${verdict(summary)}
<h2>Pairs</h2>
`;
  yield* pairsTable(summary);
  yield `
<h2>Outlet × outlet</h2>
${outletTable(summary)}
<p><small>Generated by crosscheck ${esc(summary.generator.version)}; formats ${esc(summary.formats.join(', '))}.</small></p>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
