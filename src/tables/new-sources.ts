import type { DateClaim } from '../model/claim.js';
import type { Report, ReportClaim } from '../model/report.js';
import type { Side } from '../model/span.js';
import { reportingDates } from './reporting-dates.js';
import { type SourceSpeakers, sourceSpeakers } from './source-speakers.js';

// A source is in every pair of its event: claims.csv lists its claims once and the outlet profile
// counts them once, both from the first report that holds it. Its speakers are keyed once per
// worker task that holds it, and again on the main thread for pairs read back (pair-tables.ts).

/** A report's source: its side, its claims, speakers and reporting dates (which sources are new: pair-tables.ts, write.ts). */
export interface NewSource {
  side: Side;
  claims: ReportClaim[];
  speakers: SourceSpeakers;
  /** Whether a date claim of the source times a reporting act (reporting-dates.ts). */
  timesReport: (date: DateClaim) => boolean;
}

/** Where a claim is in its source: the same in every report of the source, whatever object holds it. */
const placeOf = (claim: DateClaim): string => `${claim.sentence}:${claim.start}:${claim.end}`;

/**
 * The places of a source's dates that time a reporting act, decided once per date: the claims
 * table and the outlet profile both ask, in every pair of the source (review of research11, M1:
 * claims are other objects in each report read back from JSON). Only these strings outlive the
 * call, never the source's text.
 */
function reportingPlaces(claims: readonly ReportClaim[], source: Report['sources'][Side]): Set<string> {
  const times = reportingDates(claims, source.text, source.sentences, source.published);
  return new Set(
    claims.filter((c): c is DateClaim & ReportClaim => c.kind === 'date' && times(c)).map(placeOf),
  );
}

/** The key of a report's source across a batch: `<event>/<source id>`. */
export const sourceKey = (report: Report, side: Side): string =>
  `${report.pair.event}/${report.sources[side].id}`;

const claimsOf = (report: Report, side: Side): ReportClaim[] => report.claims.filter((c) => c.side === side);

/** Whether a date claim of the report's source on `side` times a reporting act: all a profile's voice counts need of it. */
export function timesReportOf(report: Report, side: Side): (date: DateClaim) => boolean {
  const reporting = reportingPlaces(claimsOf(report, side), report.sources[side]);
  return (date) => reporting.has(placeOf(date));
}

/** The report's source on `side`, its speakers keyed, with its reporting dates (timesReportOf). */
export function sourceOf(report: Report, side: Side, timesReport: (date: DateClaim) => boolean): NewSource {
  const claims = claimsOf(report, side);
  return { side, claims, speakers: sourceSpeakers(claims, report.sources[side].text), timesReport };
}
