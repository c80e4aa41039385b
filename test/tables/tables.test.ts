import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { FINDING_COLUMNS } from '../../src/report/finding-table.js';
import type { TableColumn } from '../../src/report/tidy-table.js';
import { splitFrontMatter } from '../../src/stages/read/front-matter.js';
import { CLAIM_COLUMNS } from '../../src/tables/columns.js';
import { profileTally } from '../../src/tables/profiles.js';
import { writeTables } from '../../src/tables/write.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A copy of the committed reports/ (the batch of sources/), one explanation made to look like a formula. */
async function tables() {
  const out = join(mkdtempSync(join(tmpdir(), 'crosscheck-tables-')), 'reports');
  cpSync(join(ROOT, 'reports'), out, { recursive: true });
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
  const first = join(out, summary.pairs[0].files.find((f) => f.endsWith('.json')) as string);
  const report = JSON.parse(readFileSync(first, 'utf8')) as Report;
  report.findings[0].explanation = '=HYPERLINK("http://example.invalid")';
  writeFileSync(first, JSON.stringify(report));
  await writeTables(out, summary, profileTally());
  const reports = summary.pairs.map(
    (p) =>
      JSON.parse(
        readFileSync(join(out, p.files.find((f) => f.endsWith('.json')) as string), 'utf8'),
      ) as Report,
  );
  const read = (name: string) => ({
    csv: parse(readFileSync(join(out, `${name}.csv`)), { columns: true }) as Record<string, string>[],
    jsonl: readFileSync(join(out, `${name}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    header: readFileSync(join(out, `${name}.csv`), 'utf8').split('\r\n')[0],
  });
  return { reports, findings: read('findings'), claims: read('claims') };
}

/** Every CSV cell reads back as its declared type, and as the JSONL twin holds it. */
function checkTypes(
  columns: readonly TableColumn[],
  csv: Record<string, string>[],
  jsonl: Record<string, unknown>[],
) {
  csv.forEach((row, i) => {
    for (const c of columns) {
      const cell = row[c.name];
      const twin = jsonl[i][c.name];
      // Text cells: the CSV defuses a leading formula character; numbers: empty is null.
      const expected =
        c.type === 'string'
          ? twin === null
            ? ''
            : (twin as string).replace(/^([=+\-@\t\r])/, "'$1")
          : twin === null
            ? ''
            : String(twin);
      expect(cell).toBe(expected);
      expect(c.type !== 'integer' || cell === '' || Number.isInteger(Number(cell))).toBe(true);
    }
  });
}

describe('tidy tables', () => {
  it('findings: one row per finding, declared columns and types, offsets into the compared text', async () => {
    const { reports, findings } = await tables();
    expect(findings.header).toBe(FINDING_COLUMNS.map((c) => c.name).join(','));
    expect(findings.csv).toHaveLength(reports.reduce((n, r) => n + r.findings.length, 0));
    expect(findings.jsonl).toHaveLength(findings.csv.length);
    checkTypes(FINDING_COLUMNS, findings.csv, findings.jsonl);
    for (const row of findings.jsonl.filter((r) => r.start_a !== null)) {
      const report = reports.find((r) => r.pair.id === row.pair) as Report;
      const span = report.sources.a.text.slice(row.start_a as number, row.end_a as number);
      expect((row.text_a as string).startsWith(span)).toBe(true);
    }
    for (const row of findings.jsonl) {
      const report = reports.find((r) => r.pair.id === row.pair) as Report;
      expect(row.confidence).toBe(report.findings.find((f) => f.id === row.finding)?.confidence);
    }
    expect(findings.csv[0].explanation).toBe('\'=HYPERLINK("http://example.invalid")');
    expect(findings.jsonl[0].explanation).toBe('=HYPERLINK("http://example.invalid")');
  });

  it('claims: each source once, declared columns and types, offsets into the compared text', async () => {
    const { reports, claims } = await tables();
    expect(claims.header).toBe(CLAIM_COLUMNS.map((c) => c.name).join(','));
    const sources = new Set(claims.jsonl.map((r) => `${r.event}/${r.source}`));
    expect(sources.size).toBe(10);
    expect(new Set(claims.jsonl.map((r) => `${r.event}/${r.source}/${r.claim}`)).size).toBe(
      claims.jsonl.length,
    );
    checkTypes(CLAIM_COLUMNS, claims.csv, claims.jsonl);
    for (const row of claims.jsonl) {
      const report = reports.find(
        (r) => r.pair.event === row.event && [r.sources.a.id, r.sources.b.id].includes(row.source as string),
      ) as Report;
      const text = report.sources.a.id === row.source ? report.sources.a.text : report.sources.b.text;
      expect(text.slice(row.start as number, row.end as number)).toBe(row.text);
    }
  });

  // User trial 7, item 7: which findings the reports show, which outlet omits, and offsets a
  // reader can check against the source file without the JSON report.
  it('findings: shown is confidence ≥ 0.5, omitted_by names the outlet without evidence', async () => {
    const { findings } = await tables();
    expect(findings.header).toContain(',shown,omitted_by,body_start_a,body_start_b');
    for (const row of findings.jsonl) {
      expect(row.shown).toBe((row.confidence as number) >= 0.5);
      const omits = row.kind === 'omission' ? (row.start_a === null ? row.outlet_a : row.outlet_b) : null;
      expect(row.omitted_by).toBe(omits);
    }
    expect(findings.jsonl.some((r) => r.shown === false)).toBe(true);
    expect(findings.jsonl.some((r) => r.omitted_by !== null)).toBe(true);
    expect(new Set(findings.csv.map((r) => r.shown))).toEqual(new Set(['true', 'false']));
  });

  it('findings and claims: start − body_start is the offset into the source file after its front matter', async () => {
    const { findings, claims } = await tables();
    const body = (event: unknown, source: unknown) =>
      splitFrontMatter(readFileSync(join(ROOT, 'sources', `${event}`, `${source}.txt`), 'utf8'), 'x').body;
    let checked = 0;
    const check = (text: string, start: number, end: number, base: number, expected: string) => {
      if (start < base) return; // a span in the title line put before the body
      expect(text.slice(start - base, end - base)).toBe(expected);
      checked++;
    };
    for (const row of findings.jsonl) {
      for (const side of ['a', 'b'] as const) {
        if (row[`start_${side}`] === null) continue;
        const text = body(row.event, row[`source_${side}`]);
        const first = (row[`text_${side}`] as string).split(' | ')[0];
        const base = row[`body_start_${side}`] as number;
        check(text, row[`start_${side}`] as number, row[`end_${side}`] as number, base, first);
      }
    }
    for (const row of claims.jsonl) {
      const base = row.body_start as number;
      check(body(row.event, row.source), row.start as number, row.end as number, base, row.text as string);
    }
    // The BASIL fixture's titles were put before the body: a non-zero base is exercised.
    expect(claims.jsonl.some((r) => (r.body_start as number) > 0)).toBe(true);
    expect(checked).toBeGreaterThan(100);
  });
});
