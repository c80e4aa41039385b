import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { writeFilesAtomic } from '../io/write-lines-atomic.js';
import type { Report } from '../model/report.js';
import type { StreamedSummary } from '../model/summary.js';
import { FINDING_COLUMNS } from '../report/finding-table.js';
import { csvHeader } from '../report/tidy-table.js';
import { CLAIM_COLUMNS } from './columns.js';
import { type PairTables, pairTabler } from './pair-tables.js';
import type { ProfileTally } from './profiles.js';

/** The table files, in the order their pieces come (tableChunks). */
const TABLE_FILES = ['findings.csv', 'findings.jsonl', 'claims.csv', 'claims.jsonl'];

/**
 * Each pair's PairTables as the batch parked them (pair-tables.ts), in summary order, undefined
 * for a pair whose pieces were not built in this run (up to date from an earlier one, or merged).
 */
export type ParkedTables = Iterable<PairTables | undefined>;

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

/**
 * The pieces of the four table files (TABLE_FILES), pair by pair, for every pair that ran, in
 * summary order: its finding lines, the claim lines of each source the first time it comes
 * (`seen`), which `profiles` is told of too. A pair's PairTables are the ones parked for it, or
 * built from its JSON report read back, listing only the sources not yet seen; pairs without a
 * report are left out.
 */
function* tableChunks(
  outDir: string,
  summary: StreamedSummary,
  profiles: ProfileTally,
  parked?: ParkedTables,
): Generator<string[]> {
  yield [csvHeader(FINDING_COLUMNS), '', csvHeader(CLAIM_COLUMNS), ''];
  const seen = new Set<string>();
  const tabler = pairTabler();
  const ahead = parked?.[Symbol.iterator]();
  for (const pair of summary.pairs) {
    const built: PairTables | undefined = ahead?.next().value;
    const file = pair.files.find((f) => f.endsWith('.json'));
    if (pair.status !== 'ok' || !file) continue;
    const tables = built ?? tabler(readReport(join(outDir, file)), (key) => !seen.has(key));
    // A parked pair lists its sources new to its worker's task: an earlier pair here may have listed one.
    const fresh = tables.sources.filter((source) => !seen.has(source.key));
    for (const source of fresh) seen.add(source.key);
    profiles.add(tables, fresh);
    yield [
      tables.findingsCsv,
      tables.findingsJsonl,
      fresh.map((source) => source.csv).join(''),
      fresh.map((source) => source.jsonl).join(''),
    ];
  }
}

/**
 * Writes the batch's tidy tables from its pairs' PairTables, parked by the batch's workers or
 * built here from the JSON reports, each read once: `findings.csv`/`.jsonl` (one row per finding)
 * and `claims.csv`/`.jsonl` (one row per claim, each source once), streamed and atomic, and tells
 * `profiles` of every pair on the way. Column names and types: columns.ts.
 */
export async function writeTables(
  outDir: string,
  summary: StreamedSummary,
  profiles: ProfileTally,
  parked?: ParkedTables,
): Promise<void> {
  await writeFilesAtomic(
    TABLE_FILES.map((name) => join(outDir, name)),
    tableChunks(outDir, summary, profiles, parked),
  );
}
