import type { DateClaim } from '../model/claim.js';
import type { Report, ReportClaim } from '../model/report.js';
import type { Side } from '../model/span.js';
import { reportingDates } from './reporting-dates.js';
import { type SourceSpeakers, sourceSpeakers } from './source-speakers.js';

// A source is in every pair of its event: claims.csv lists its claims once and the outlet profile
// counts them once, both from the first report that holds it, with its speakers keyed once.

/** A source met for the first time in a batch's reports: its side, its claims, speakers and reporting dates. */
export interface NewSource {
  side: Side;
  claims: ReportClaim[];
  speakers: SourceSpeakers;
  /** Whether a date claim of the source times a reporting act (reporting-dates.ts). */
  timesReport: (date: DateClaim) => boolean;
}

/** The key of a report's source across a batch: `<event>/<source id>`. */
export const sourceKey = (report: Report, side: Side): string =>
  `${report.pair.event}/${report.sources[side].id}`;

/**
 * The sources of `report` not in `seen` (`<event>/<source id>`), which it adds them to, each with
 * its claims, its speakers (source-speakers.ts) and its reporting dates made once for every
 * table and profile.
 */
export function newSources(report: Report, seen: Set<string>): NewSource[] {
  const fresh: NewSource[] = [];
  for (const side of ['a', 'b'] as const) {
    const key = sourceKey(report, side);
    if (seen.has(key)) continue;
    seen.add(key);
    const claims = report.claims.filter((c) => c.side === side);
    const { text, sentences, published } = report.sources[side];
    // Decided once per date: the claims table and the outlet profile both ask.
    const times = reportingDates(claims, text, sentences, published);
    const reporting = new Set(
      claims.filter((c): c is DateClaim & ReportClaim => c.kind === 'date' && times(c)),
    );
    const timesReport = (date: DateClaim) => reporting.has(date as DateClaim & ReportClaim);
    fresh.push({ side, claims, speakers: sourceSpeakers(claims, text), timesReport });
  }
  return fresh;
}
