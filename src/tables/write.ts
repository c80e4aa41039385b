import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { writeFilesAtomic } from '../io/write-lines-atomic.js';
import type { Report } from '../model/report.js';
import type { StreamedSummary } from '../model/summary.js';
import { FINDING_COLUMNS, findingRows } from '../report/finding-table.js';
import { csvHeader, csvLine, type TableColumn, type TableRow } from '../report/tidy-table.js';
import { CLAIM_COLUMNS } from './columns.js';
import { newSources } from './new-sources.js';
import type { ProfileTally } from './profiles.js';
import { sourceRows } from './rows.js';

/** The table files, in the order their pieces come (tableChunks). */
const TABLE_FILES = ['findings.csv', 'findings.jsonl', 'claims.csv', 'claims.jsonl'];

/** The JSON report of every pair that ran, in summary order; pairs without one are left out. */
function* reports(outDir: string, summary: StreamedSummary): Generator<Report> {
  for (const pair of summary.pairs) {
    const file = pair.files.find((f) => f.endsWith('.json'));
    if (pair.status === 'ok' && file) yield readReport(join(outDir, file));
  }
}

/** A report read back, or a user error naming it: not a fault of the folder the tables go to. */
function readReport(path: string): Report {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw badReport(`${path} cannot be read (${reasonOf(error)})`, path);
  }
  try {
    return JSON.parse(text) as Report;
  } catch {
    throw badReport(`${path} is not JSON`, path);
  }
}

const badReport = (message: string, path: string) =>
  new UserError('bad-report', message, 'run the batch again into a fresh --out folder', path);

const csvLines = (columns: readonly TableColumn[], rows: readonly TableRow[]) =>
  rows.map((row) => csvLine(columns, row)).join('');

const jsonLines = (columns: readonly TableColumn[], rows: readonly TableRow[]) =>
  rows
    .map(
      (row) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])))}\n`,
    )
    .join('');

/**
 * The pieces of the four table files (TABLE_FILES), report by report, from one pass over the
 * reports: a finding row per finding, a claim row per claim of each source the first time it
 * comes (new-sources.ts, its speakers made once), which `profiles` is told of too.
 */
function* tableChunks(outDir: string, summary: StreamedSummary, profiles: ProfileTally): Generator<string[]> {
  yield [csvHeader(FINDING_COLUMNS), '', csvHeader(CLAIM_COLUMNS), ''];
  const seen = new Set<string>();
  for (const report of reports(outDir, summary)) {
    const fresh = newSources(report, seen);
    profiles.add(report, fresh);
    const findings = findingRows(report);
    const claims = fresh.flatMap((source) => sourceRows(report, source));
    yield [
      csvLines(FINDING_COLUMNS, findings),
      jsonLines(FINDING_COLUMNS, findings),
      csvLines(CLAIM_COLUMNS, claims),
      jsonLines(CLAIM_COLUMNS, claims),
    ];
  }
}

/**
 * Writes the batch's tidy tables from its JSON reports, read once: `findings.csv`/`.jsonl` (one
 * row per finding) and `claims.csv`/`.jsonl` (one row per claim, each source once), streamed and
 * atomic, and tells `profiles` of every report on the way. Column names and types: columns.ts.
 */
export async function writeTables(
  outDir: string,
  summary: StreamedSummary,
  profiles: ProfileTally,
): Promise<void> {
  await writeFilesAtomic(
    TABLE_FILES.map((name) => join(outDir, name)),
    tableChunks(outDir, summary, profiles),
  );
}
