import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { Span } from '../model/span.js';

/** The columns, in order; one row per finding, in report order. */
export const CSV_COLUMNS = [
  'pair',
  'finding',
  'kind',
  'salience',
  'subject',
  'rule',
  'explanation',
  'outlet_a',
  'outlet_b',
  'text_a',
  'text_b',
  'spans_a',
  'spans_b',
  'label_a',
  'label_b',
  'label_group',
  'category_a',
  'category_b',
  'claims',
] as const;

/**
 * One row per finding for R, pandas or a spreadsheet: RFC 4180 (comma separated, CRLF line
 * ends, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 without BOM.
 * Several spans on one side are joined with ` | ` in `text_*`, and listed as
 * `sentence:start-end` separated by `;` in `spans_*` (UTF-16 offsets, as in the JSON report).
 * Any field that would start with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet
 * shows a source's words instead of running them as a formula (OWASP: CSV injection).
 */
export function renderCsv(report: Report): string {
  const { a, b } = report.sources;
  const rows = report.findings.map((f) => findingRow(report.pair.id, a.outlet, b.outlet, f));
  // Every field is defused, ids too: the pair id holds the event's folder name (issue 12, row 12).
  return [CSV_COLUMNS as readonly string[], ...rows.map((row) => row.map(defuse))]
    .map((row) => `${row.map(csvField).join(',')}\r\n`)
    .join('');
}

function findingRow(pair: string, outletA: string, outletB: string, f: Finding): string[] {
  const text = (spans: Span[]) => defuse(spans.map((s) => s.text).join(' | '));
  const where = (spans: Span[]) => spans.map((s) => `${s.sentence}:${s.start}-${s.end}`).join(';');
  return [
    pair,
    f.id,
    f.kind,
    String(f.salience),
    f.subject,
    f.ruleId,
    defuse(f.explanation),
    defuse(outletA),
    defuse(outletB),
    text(f.a),
    text(f.b),
    where(f.a),
    where(f.b),
    defuse(f.labels?.a ?? ''),
    defuse(f.labels?.b ?? ''),
    f.labels?.group ?? '',
    f.labels?.categoryA ?? '',
    f.labels?.categoryB ?? '',
    f.claims.join(';'),
  ];
}

/** Quotes a field when RFC 4180 requires it: a comma, a double quote, CR or LF inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Prefixes text that a spreadsheet would read as a formula. */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
