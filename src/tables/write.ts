import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeChunksAtomic } from '../io/write-lines-atomic.js';
import type { Report } from '../model/report.js';
import type { StreamedSummary } from '../model/summary.js';
import {
  csvHeader,
  csvLine,
  FINDING_COLUMNS,
  findingRows,
  type TableColumn,
  type TableRow,
} from '../report/finding-table.js';
import { CLAIM_COLUMNS } from './columns.js';
import { claimRows } from './rows.js';

/** The JSON report of every pair that ran, in summary order; pairs without one are left out. */
export function* reports(outDir: string, summary: StreamedSummary): Generator<Report> {
  for (const pair of summary.pairs) {
    const file = pair.files.find((f) => f.endsWith('.json'));
    if (pair.status === 'ok' && file) yield JSON.parse(readFileSync(join(outDir, file), 'utf8')) as Report;
  }
}

async function* csvLines(columns: readonly TableColumn[], rows: Iterable<TableRow>): AsyncGenerator<string> {
  yield csvHeader(columns);
  for (const row of rows) yield csvLine(columns, row);
}

async function* jsonLines(columns: readonly TableColumn[], rows: Iterable<TableRow>): AsyncGenerator<string> {
  for (const row of rows)
    yield `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])))}\n`;
}

function* allFindings(outDir: string, summary: StreamedSummary): Generator<TableRow> {
  for (const report of reports(outDir, summary)) yield* findingRows(report);
}

function* allClaims(outDir: string, summary: StreamedSummary): Generator<TableRow> {
  const seen = new Set<string>();
  for (const report of reports(outDir, summary)) yield* claimRows(report, seen);
}

/**
 * Writes the batch's tidy tables from its JSON reports: `findings.csv`/`.jsonl` (one row per
 * finding) and `claims.csv`/`.jsonl` (one row per claim, each source once), streamed and
 * atomic. Column names and types: columns.ts.
 */
export async function writeTables(outDir: string, summary: StreamedSummary): Promise<void> {
  await writeChunksAtomic(
    join(outDir, 'findings.csv'),
    csvLines(FINDING_COLUMNS, allFindings(outDir, summary)),
  );
  await writeChunksAtomic(
    join(outDir, 'findings.jsonl'),
    jsonLines(FINDING_COLUMNS, allFindings(outDir, summary)),
  );
  await writeChunksAtomic(join(outDir, 'claims.csv'), csvLines(CLAIM_COLUMNS, allClaims(outDir, summary)));
  await writeChunksAtomic(join(outDir, 'claims.jsonl'), jsonLines(CLAIM_COLUMNS, allClaims(outDir, summary)));
}
