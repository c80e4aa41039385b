import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderCsv } from '../../src/report/csv.js';
import { csvField } from '../../src/report/csv-cell.js';
import { FINDING_COLUMNS } from '../../src/report/finding-table.js';
import { compareFilesChecked } from '../assert-report.js';

const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const hostile: Report = compareFilesChecked('test/fixtures/hostile/a.txt', 'test/fixtures/hostile/b.txt');

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) throw new Error('unterminated quote');
          field += text.slice(at, close);
          at = close + 1;
          if (text[at] !== '"') break;
          field += '"';
          at++;
        }
      } else {
        const stop = text.slice(at).search(/[,\r\n"]/);
        const end = stop < 0 ? text.length : at + stop;
        if (text[end] === '"') throw new Error(`bare quote at ${end}`);
        field = text.slice(at, end);
        at = end;
      }
      record.push(field);
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text.startsWith('\r\n', at)) {
        at += 2;
        break;
      }
      throw new Error(`expected , or CRLF at ${at}`);
    }
    records.push(record);
  }
  return records;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['Kazakhstan’s', 'Kazakhstan’s'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe.each([
  ['the sample report', sample],
  ['the hostile report', hostile],
])('renderCsv: %s', (_name, report) => {
  const csv = renderCsv(report);
  const [header, ...rows] = parseCsv(csv);
  const names = FINDING_COLUMNS.map((c) => c.name);
  const col = (row: string[], name: string) => row[names.indexOf(name)];

  it('has a header and one CRLF-ended row per finding, all of the same width', () => {
    // The batch's findings.csv columns (user trial 6), so one reader serves both files.
    expect(header).toEqual(names);
    expect(rows).toHaveLength(report.findings.length);
    for (const row of rows) expect(row).toHaveLength(names.length);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length - 1).toBeGreaterThanOrEqual(rows.length + 1);
  });

  it('round-trips every finding: id, kind, rule, explanation, evidence and offsets', () => {
    for (const [i, f] of report.findings.entries()) {
      const row = rows[i];
      expect(col(row, 'event')).toBe(report.pair.event);
      expect(col(row, 'pair')).toBe(report.pair.id);
      expect(Number(col(row, 'confidence'))).toBe(f.confidence);
      expect(col(row, 'finding')).toBe(f.id);
      expect(col(row, 'kind')).toBe(f.kind);
      expect(Number(col(row, 'salience'))).toBe(f.salience);
      expect(col(row, 'rule')).toBe(f.ruleId);
      expect(col(row, 'explanation').replace(/^'(?=[=+\-@])/, '')).toBe(f.explanation);
      expect(col(row, 'text_a')).toBe(f.a.map((s) => s.text).join(' | '));
      expect(col(row, 'text_b')).toBe(f.b.map((s) => s.text).join(' | '));
      expect(col(row, 'start_b')).toBe(f.b.length === 0 ? '' : String(f.b[0].start));
      expect(col(row, 'end_a')).toBe(f.a.length === 0 ? '' : String(f.a[0].end));
      expect(col(row, 'claims')).toBe(f.claims.join(';'));
      expect(col(row, 'label_a')).toBe(f.labels?.a ?? '');
    }
  });

  it('is deterministic', () => {
    expect(renderCsv(JSON.parse(JSON.stringify(report)) as Report)).toBe(csv);
  });
});

describe('renderCsv: spreadsheet formulas', () => {
  it("prefixes source text that starts like a formula with '", () => {
    const report = structuredClone(sample);
    const at = report.findings.findIndex((x) => x.a.length > 0);
    expect(at, 'the sample has a finding with a span on side a').toBeGreaterThanOrEqual(0);
    const f = report.findings[at];
    f.explanation = '=HYPERLINK("http://evil.example","x")';
    f.a = f.a.map((s) => ({ ...s, text: `+${s.text}` }));
    const row = parseCsv(renderCsv(report))[1 + at];
    const names = FINDING_COLUMNS.map((c) => c.name);
    expect(row[names.indexOf('explanation')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row[names.indexOf('text_a')].startsWith("'+")).toBe(true);
  });
});
