import type { DateClaim } from '../model/claim.js';
import type { ClaimStances } from '../model/profile.js';
import type { Report } from '../model/report.js';
import type { Side } from '../model/span.js';
import { FINDING_COLUMNS, findingRows } from '../report/finding-table.js';
import { csvLine, type TableColumn, type TableRow } from '../report/tidy-table.js';
import { addClaimStances, noStances } from './claim-stances.js';
import { CLAIM_COLUMNS } from './columns.js';
import { type NewSource, sourceKey, sourceOf, timesReportOf } from './new-sources.js';
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
 * A PairTabler that decides each source's reporting dates once per event, from the first report
 * that holds it: a report's voice counts read those of both its sources, in every pair of the
 * event. Only these are kept, and only for the event of the last report (a batch's reports come
 * event by event), so a tabler over a whole batch's reports read back (merge, resume) holds one
 * event's, not the corpus's (issue 13); a wanted source's speakers (new-sources.ts) are keyed for
 * its lines and dropped. Without `lines`, only the profile counts: the table lines are left empty.
 */
export function pairTabler(lines = true): PairTabler {
  let event: string | undefined;
  const reporting = new Map<string, (date: DateClaim) => boolean>();
  const timesReportAt = (report: Report, side: Side) => {
    if (report.pair.event !== event) {
      event = report.pair.event;
      reporting.clear();
    }
    const key = sourceKey(report, side);
    let timesReport = reporting.get(key);
    if (!timesReport) {
      timesReport = timesReportOf(report, side);
      reporting.set(key, timesReport);
    }
    return timesReport;
  };
  return (report, wanted) => {
    const findings = lines ? findingRows(report) : [];
    const times = { a: timesReportAt(report, 'a'), b: timesReportAt(report, 'b') };
    const sides = (['a', 'b'] as const).filter((side) => wanted(sourceKey(report, side)));
    const sources = sides.map((side) => sourceTables(report, sourceOf(report, side, times[side]), lines));
    const counts = reportCounts(report, (side, date) => times[side](date));
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

/**
 * A tabler that lists each source once, in the first report given that holds it: a batch's
 * worker over its task's pairs (summary order, the pair tables/write.ts would take it from), and
 * the tests' outlet profiles over a list of reports. Without `lines`, as pairTabler.
 */
export function listingTabler(lines = true): (report: Report) => PairTables {
  const tabler = pairTabler(lines);
  const listed = new Set<string>();
  return (report) => {
    const tables = tabler(report, (key) => !listed.has(key));
    for (const source of tables.sources) listed.add(source.key);
    return tables;
  };
}
