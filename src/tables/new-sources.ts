import type { Report, ReportClaim } from '../model/report.js';
import type { Side } from '../model/span.js';
import { type SourceSpeakers, sourceSpeakers } from './source-speakers.js';

// A source is in every pair of its event: claims.csv lists its claims once and the outlet profile
// counts them once, both from the first report that holds it, with its speakers keyed once.

/** A source met for the first time in a batch's reports: its side, its claims and its speakers. */
export interface NewSource {
  side: Side;
  claims: ReportClaim[];
  speakers: SourceSpeakers;
}

/**
 * The sources of `report` not in `seen` (`<event>/<source id>`), which it adds them to, each with
 * its claims and its speakers (source-speakers.ts) made once for every table and profile.
 */
export function newSources(report: Report, seen: Set<string>): NewSource[] {
  const fresh: NewSource[] = [];
  for (const side of ['a', 'b'] as const) {
    const key = `${report.pair.event}/${report.sources[side].id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claims = report.claims.filter((c) => c.side === side);
    fresh.push({ side, claims, speakers: sourceSpeakers(claims, report.sources[side].text) });
  }
  return fresh;
}
