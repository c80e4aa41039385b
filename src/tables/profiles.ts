import { type Finding, isConfident, omittingSide } from '../model/finding.js';
import type { ClaimStances, LabelChoice, OutletProfile } from '../model/profile.js';
import type { Report } from '../model/report.js';
import type { Side } from '../model/span.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { addClaimStances, noStances } from './claim-stances.js';
import { type NewSource, newSources, sourceKey } from './new-sources.js';
import { contrastKey, reportVoices, statingSide, type TimesReport } from './profile-voice.js';

const OTHER: Record<Side, Side> = { a: 'b', b: 'a' };

function profileOf(profiles: Map<string, OutletProfile>, outlet: string): OutletProfile {
  let profile = profiles.get(outlet);
  if (!profile) {
    profile = {
      outlet,
      pairs: 0,
      labels: [],
      attribution: { statesAsFact: 0, attributes: 0 },
      claims: noStances(),
      claimsByEvent: {},
      omits: {},
      omitsCapped: { pairs: 0, beyond: 0, confident: 0 },
    };
    profiles.set(outlet, profile);
  }
  return profile;
}

function addLabel(labels: LabelChoice[], referent: string, label: string): void {
  const found = labels.find((l) => l.referent === referent && l.label === label);
  if (found) found.count++;
  else labels.push({ referent, label, count: 1 });
}

function count(report: Report, finding: Finding, profiles: Map<string, OutletProfile>): void {
  const { a, b } = report.sources;
  const of = (side: Side) => profileOf(profiles, (side === 'a' ? a : b).outlet);
  for (const side of ['a', 'b'] as const) {
    if (finding.kind === 'framing' && finding.labels) {
      addLabel(of(side).labels, finding.labels.group ?? finding.subject, finding.labels[side]);
    }
    if (omittingSide(finding) === side) {
      of(side).omits[finding.subject] = (of(side).omits[finding.subject] ?? 0) + 1;
    }
  }
}

/** Counts each shown contrast of voice once (profile-voice.ts): one side states as fact what the other attributes. */
function countVoices(report: Report, timesReport: TimesReport, profiles: Map<string, OutletProfile>): void {
  const seen = new Set<string>();
  const voices = reportVoices(report);
  for (const finding of report.findings) {
    if (!isConfident(finding)) continue;
    const side = statingSide(voices, finding, timesReport);
    const key = contrastKey(finding, voices.cueIds);
    if (!side || seen.has(key)) continue;
    seen.add(key);
    profileOf(profiles, report.sources[side].outlet).attribution.statesAsFact++;
    profileOf(profiles, report.sources[OTHER[side]].outlet).attribution.attributes++;
  }
}

/** Outlet profiles gathered report by report, each report told which of its sources are new. */
export interface ProfileTally {
  add: (report: Report, fresh: readonly NewSource[]) => void;
  list: () => OutletProfile[];
}

/**
 * Outlet profiles across a batch's reports: from the claims of each outlet's articles, each once,
 * how it presents them (stated as fact or attributed, by stance: `claims`); from the findings the
 * reports show (confidence ≥ `CONFIDENT`), the labels each outlet chose in framing findings,
 * how often it stated as fact what the other outlet attributed (and the reverse), the
 * subjects of the facts it left out, and how often the omission cap cut them (`omitsCapped`).
 * Sorted by outlet, so equal reports give equal profiles.
 */
export function profileTally(): ProfileTally {
  const profiles = new Map<string, OutletProfile>();
  // Each source's reporting dates, decided when it first comes, for the later pairs it is in.
  const reportTimes = new Map<string, NewSource['timesReport']>();
  return {
    add(report, fresh) {
      for (const side of ['a', 'b'] as const) profileOf(profiles, report.sources[side].outlet).pairs++;
      // An article is in every pair of its event: its claims are counted once.
      for (const source of fresh) {
        const profile = profileOf(profiles, report.sources[source.side].outlet);
        addClaimStances(profile.claims, source);
        addClaimStances(eventStances(profile, report.pair.event), source);
        reportTimes.set(sourceKey(report, source.side), source.timesReport);
      }
      // Only what the reports show: a hidden finding is not evidence a reader can check (user trial 3).
      for (const finding of report.findings) if (isConfident(finding)) count(report, finding, profiles);
      const timesReport: TimesReport = (side, date) =>
        reportTimes.get(sourceKey(report, side))?.(date) ?? false;
      countVoices(report, timesReport, profiles);
      addCapped(report, profiles);
    },
    list: () => sortedProfiles(profiles),
  };
}

/** `profileTally` over every report at once. */
export function outletProfiles(reports: Iterable<Report>): OutletProfile[] {
  const tally = profileTally();
  const seen = new Set<string>();
  for (const report of reports) tally.add(report, newSources(report, seen));
  return tally.list();
}

/** The outlet's claim counts for one event (user trial 8 item 3, trial 10 item 3), made on first use. */
function eventStances(profile: OutletProfile, event: string): ClaimStances {
  profile.claimsByEvent[event] ??= noStances();
  return profile.claimsByEvent[event];
}

/** The omissions the report's cap cut, by omitting outlet: its `capped` names the side (user trial 6, item 2). */
function addCapped(report: Report, profiles: Map<string, OutletProfile>): void {
  for (const cut of report.capped ?? []) {
    if (cut.kind !== 'omission' || !cut.side) continue;
    const capped = profileOf(profiles, report.sources[cut.side].outlet).omitsCapped;
    capped.pairs++;
    capped.beyond += cut.beyond;
    capped.confident += cut.confident ?? 0;
  }
}

/** The profiles sorted by outlet, their labels and omitted subjects sorted too. */
function sortedProfiles(profiles: Map<string, OutletProfile>): OutletProfile[] {
  return [...profiles.values()]
    .sort((x, y) => byCodeUnit(x.outlet, y.outlet))
    .map((p) => ({
      ...p,
      labels: p.labels.sort(
        (x, y) => byCodeUnit(x.referent, y.referent) || y.count - x.count || byCodeUnit(x.label, y.label),
      ),
      omits: Object.fromEntries(Object.entries(p.omits).sort(([x], [y]) => byCodeUnit(x, y))),
      claimsByEvent: Object.fromEntries(Object.entries(p.claimsByEvent).sort(([x], [y]) => byCodeUnit(x, y))),
    }));
}
