import { type Finding, isConfident, omittingSide } from '../model/finding.js';
import type { LabelChoice, OutletProfile } from '../model/profile.js';
import type { Report } from '../model/report.js';
import type { Side } from '../model/span.js';
import { contrastKey, reportVoices, statingSide, type TimesReport } from './profile-voice.js';

// What one report adds to its outlets' profiles apart from its sources' claims, counted where
// the report is (a batch's worker: pair-tables.ts) and summed across reports by profiles.ts.

/** One outlet's counts from one report: every number adds up across reports. */
export type OutletCounts = Pick<
  OutletProfile,
  'outlet' | 'pairs' | 'labels' | 'attribution' | 'omits' | 'omitsCapped'
>;

const OTHER: Record<Side, Side> = { a: 'b', b: 'a' };

/** An outlet's counts, all 0. */
export const noCounts = (outlet: string): OutletCounts => ({
  outlet,
  pairs: 0,
  labels: [],
  attribution: { statesAsFact: 0, attributes: 0 },
  omits: {},
  omitsCapped: { pairs: 0, beyond: 0, confident: 0 },
});

function countsOf(counts: Map<string, OutletCounts>, outlet: string): OutletCounts {
  let found = counts.get(outlet);
  if (!found) {
    found = noCounts(outlet);
    counts.set(outlet, found);
  }
  return found;
}

/** Adds `count` uses of `label` for `referent`. */
export function addLabel(labels: LabelChoice[], referent: string, label: string, count = 1): void {
  const found = labels.find((l) => l.referent === referent && l.label === label);
  if (found) found.count += count;
  else labels.push({ referent, label, count });
}

function count(report: Report, finding: Finding, counts: Map<string, OutletCounts>): void {
  const of = (side: Side) => countsOf(counts, report.sources[side].outlet);
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
function countVoices(report: Report, timesReport: TimesReport, counts: Map<string, OutletCounts>): void {
  const seen = new Set<string>();
  const voices = reportVoices(report);
  for (const finding of report.findings) {
    if (!isConfident(finding)) continue;
    const side = statingSide(voices, finding, timesReport);
    const key = contrastKey(finding, voices.cueIds);
    if (!side || seen.has(key)) continue;
    seen.add(key);
    countsOf(counts, report.sources[side].outlet).attribution.statesAsFact++;
    countsOf(counts, report.sources[OTHER[side]].outlet).attribution.attributes++;
  }
}

/** The omissions the report's cap cut, by omitting outlet: its `capped` names the side (user trial 6, item 2). */
function addCapped(report: Report, counts: Map<string, OutletCounts>): void {
  for (const cut of report.capped ?? []) {
    if (cut.kind !== 'omission' || !cut.side) continue;
    const capped = countsOf(counts, report.sources[cut.side].outlet).omitsCapped;
    capped.pairs++;
    capped.beyond += cut.beyond;
    capped.confident += cut.confident ?? 0;
  }
}

/**
 * What a report adds to the profiles of its one or two outlets: a pair each; from the findings
 * it shows (confidence ≥ `CONFIDENT`), the labels each outlet chose in framing findings, how
 * often it stated as fact what the other attributed (and the reverse) and the subjects of the
 * facts it left out; and how often the omission cap cut them. `timesReport`: each side's dates
 * that time a reporting act (new-sources.ts).
 */
export function reportCounts(report: Report, timesReport: TimesReport): OutletCounts[] {
  const counts = new Map<string, OutletCounts>();
  for (const side of ['a', 'b'] as const) countsOf(counts, report.sources[side].outlet).pairs++;
  // Only what the reports show: a hidden finding is not evidence a reader can check (user trial 3).
  for (const finding of report.findings) if (isConfident(finding)) count(report, finding, counts);
  countVoices(report, timesReport, counts);
  addCapped(report, counts);
  return [...counts.values()];
}
