import type { ClaimStances } from '../model/profile.js';
import type { Report } from '../model/report.js';
import type { Side } from '../model/span.js';
import { FINDING_COLUMNS, findingRows } from '../report/finding-table.js';
import { csvLine, type TableColumn, type TableRow } from '../report/tidy-table.js';
import { addClaimStances, noStances } from './claim-stances.js';
import { CLAIM_COLUMNS } from './columns.js';
import { type NewSource, sourceKey, sourceOf } from './new-sources.js';
import { type OutletCounts, reportCounts } from './profile-counts.js';
import { sourceRows } from './rows.js';

// What the analysis files take from one pair's report, as plain strings and counts (issue 13):
// a batch's worker builds it while the report is still in memory and parks it beside the pair's
// summary entry, so the main thread only concatenates once the workers end, instead of reading
// every report back and keying every source's speakers alone while the other core idles (speed
// log, pool12: 2.0–2.5 s of main-thread CPU per 200 pairs).

/** One source's lines in claims.csv and claims.jsonl, and its claims' counts for its outlet's profile. */
export interface SourceTables {
  /** `<event>/<source id>` (new-sources.ts sourceKey): a source is listed once, where it first comes. */
  key: string;
  side: Side;
  csv: string;
  jsonl: string;
  stances: ClaimStances;
}

/** A pair's pieces of the analysis files: its finding lines, its sources' claim lines, its profile counts. */
export interface PairTables {
  event: string;
  /** Each side's outlet. */
  outlets: Record<Side, string>;
  findingsCsv: string;
  findingsJsonl: string;
  /** Only the sources asked for (`pairTabler`), side a first. */
  sources: SourceTables[];
  /** The counts the report's findings add to its outlets' profiles (profile-counts.ts `reportCounts`). */
  counts: OutletCounts[];
}

const csvLines = (columns: readonly TableColumn[], rows: readonly TableRow[]) =>
  rows.map((row) => csvLine(columns, row)).join('');

const jsonLines = (columns: readonly TableColumn[], rows: readonly TableRow[]) =>
  rows
    .map(
      (row) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])))}\n`,
    )
    .join('');

/** A source's table lines (none without `lines`) and stance counts, from the report that holds it. */
function sourceTables(report: Report, source: NewSource, lines: boolean): SourceTables {
  const rows = lines ? sourceRows(report, source) : [];
  const stances = noStances();
  addClaimStances(stances, source);
  return {
    key: sourceKey(report, source.side),
    side: source.side,
    csv: csvLines(CLAIM_COLUMNS, rows),
    jsonl: jsonLines(CLAIM_COLUMNS, rows),
    stances,
  };
}

/** Builds a report's PairTables; `wanted` says which of its sources to list. */
export type PairTabler = (report: Report, wanted: (key: string) => boolean) => PairTables;

/**
 * A PairTabler whose sources (their speakers and reporting dates: new-sources.ts) are each made
 * once, from the first report that holds them: the claims table and the profile both read them,
 * and a report's voice counts read the reporting dates of both its sources. Without `lines`, only
 * the profile counts: the table lines are left empty (profiles.ts outletProfiles).
 */
export function pairTabler(lines = true): PairTabler {
  const made = new Map<string, NewSource>();
  const sourceAt = (report: Report, side: Side): NewSource => {
    const key = sourceKey(report, side);
    let source = made.get(key);
    if (!source) {
      source = sourceOf(report, side);
      made.set(key, source);
    }
    return source;
  };
  return (report, wanted) => {
    const findings = lines ? findingRows(report) : [];
    const sides = (['a', 'b'] as const).filter((side) => wanted(sourceKey(report, side)));
    const sources = sides.map((side) => sourceTables(report, sourceAt(report, side), lines));
    const counts = reportCounts(report, (side, date) => sourceAt(report, side).timesReport(date));
    return {
      event: report.pair.event,
      outlets: { a: report.sources.a.outlet, b: report.sources.b.outlet },
      findingsCsv: csvLines(FINDING_COLUMNS, findings),
      findingsJsonl: jsonLines(FINDING_COLUMNS, findings),
      sources,
      counts,
    };
  };
}
