import type { Report } from '../model/report.js';
import { FINDING_COLUMNS, findingRows } from './finding-table.js';
import { csvHeader, csvLine } from './tidy-table.js';

/**
 * One row per finding for R, pandas or a spreadsheet, with the columns of a batch's
 * `findings.csv` (finding-table.ts), confidence among them, so that one reader serves both
 * (user trial 6). RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), UTF-8 without BOM. Several spans on one side are joined with
 * ` | ` in `text_*`; `start_*`/`end_*` are the first span's UTF-16 offsets, as in the JSON report,
 * and `spans_a`/`spans_b` list every span as `start-end`, `;`-separated. Before 0.6.0 `spans_*`
 * held `sentence:start-end`: a reader of `compare --csv` that parsed the sentence index must now
 * take the offsets alone. After 0.7.0 (user trial 7, item 7) the columns end with `shown`,
 * `omitted_by` and `body_start_a`/`body_start_b` (docs/tables.md documents every column).
 * Any text field that would start with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a
 * spreadsheet shows a source's words instead of running them as a formula (OWASP: CSV injection).
 */
export function renderCsv(report: Report): string {
  return [
    csvHeader(FINDING_COLUMNS),
    ...findingRows(report).map((row) => csvLine(FINDING_COLUMNS, row)),
  ].join('');
}
