import type { Report, ReportClaim } from '../model/report.js';

/**
 * A report's claims by id (`a:c3`), made once per report, so that a table reading the claims of
 * each finding looks each one up instead of scanning every claim of the report again.
 */
export const claimsById = (report: Report): Map<string, ReportClaim> =>
  new Map(report.claims.map((c) => [c.id, c]));
