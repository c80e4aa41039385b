import type { OutletProfile } from '../../src/model/profile.js';
import type { Report } from '../../src/model/report.js';
import type { TableRow } from '../../src/report/tidy-table.js';
import { sourceOf, timesReportOf } from '../../src/tables/new-sources.js';
import { listingTabler } from '../../src/tables/pair-tables.js';
import { profileTally } from '../../src/tables/profiles.js';
import { sourceRows } from '../../src/tables/rows.js';

// What the analysis files make of a few reports, through the code a batch runs: the rows of
// claims.csv and the outlet profiles.

/** The claims.csv rows of both of the report's sources. */
export const claimRows = (report: Report): TableRow[] =>
  (['a', 'b'] as const).flatMap((side) =>
    sourceRows(report, sourceOf(report, side, timesReportOf(report, side))),
  );

/** The outlet profiles of `reports`, each source counted in the first report that holds it. */
export function outletProfiles(reports: Iterable<Report>): OutletProfile[] {
  const tally = profileTally();
  const tabler = listingTabler(false);
  for (const report of reports) {
    const tables = tabler(report);
    tally.add(tables, tables.sources);
  }
  return tally.list();
}
