import { UserError } from '../errors.js';
import { SAME_CONTENT } from '../model/diagnostic.js';
import { countByKind, FINDING_KINDS, isConfident } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { CappedTotals, FailedSide, FindingBrief, LabelCount, PairEntry } from '../model/summary.js';
import { shownByKind } from '../report/counts.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import type { PlannedPair } from './plan.js';

/** How many findings of each kind an entry keeps for the index and gate messages. */
const TOP_PER_KIND = 3;

/** Sorts label counts: most frequent first, then by the labels, so output never depends on arrival. */
export function sortLabels(labels: LabelCount[]): LabelCount[] {
  return labels.sort((x, y) => y.count - x.count || byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b));
}

/**
 * Counts the framing label substitutions of a report (findings with `labels`), by exact wording.
 * Unlike the pair report's table (`report/label-pairs.ts`), case variants count apart.
 */
export function countLabels(report: Report): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  for (const finding of report.findings) {
    if (finding.kind !== 'framing' || !finding.labels || !isConfident(finding)) continue;
    const { a, b } = finding.labels;
    const key = JSON.stringify([a, b]);
    const entry = counts.get(key) ?? { a, b, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return sortLabels([...counts.values()]);
}

/** The first shown (else hidden) findings of each kind but agreement, in report order (the report ranks by salience). */
function topFindings(report: Report, shown = true): FindingBrief[] {
  return FINDING_KINDS.filter((kind) => kind !== 'agreement').flatMap((kind) =>
    report.findings
      .filter((f) => f.kind === kind && isConfident(f) === shown)
      .slice(0, TOP_PER_KIND)
      .map(({ id, explanation }) => ({ id, kind, explanation })),
  );
}

/** What names a pair in its entry, ok or not, in the order summary.json writes it. */
const pairNames = (pair: PlannedPair) => ({ id: pair.id, event: pair.event, a: pair.a.id, b: pair.b.id });

/** The entry of a pair that was compared and written. */
export function okEntry(
  pair: PlannedPair,
  report: Report,
  key: string,
  files: string[],
  hashes: string[],
): PairEntry {
  return {
    ...pairNames(pair),
    outlets: { a: report.sources.a.outlet, b: report.sources.b.outlet },
    key,
    status: 'ok',
    files,
    hashes,
    counts: shownByKind(report.findings),
    all: { ...report.summary },
    labels: countLabels(report),
    top: topFindings(report),
    ...optionalTopHidden(report),
    ...(report.capped ? { capped: cappedTotals(report) } : {}),
    ...((report.diagnostics ?? []).some((d) => d.code === SAME_CONTENT)
      ? { sameContent: true as const }
      : {}),
  };
}

/** `topHidden`, only when the report hides some finding of a kind but agreement. */
function optionalTopHidden(report: Report): Pick<PairEntry, 'topHidden'> {
  const hidden = topFindings(report, false);
  return hidden.length > 0 ? { topHidden: hidden } : {};
}

/** A report's `capped` summed by kind (omissions of both sides together). */
function cappedTotals(report: Report): CappedTotals {
  const totals: CappedTotals = {};
  for (const c of report.capped ?? []) totals[c.kind] = (totals[c.kind] ?? 0) + c.beyond;
  return totals;
}

/** The entry of a pair that could not be compared: its error, no files, no counts. */
export function errorEntry(
  pair: PlannedPair,
  key: string,
  error: string,
  outlets = { a: pair.a.id, b: pair.b.id },
  failedSources?: FailedSide[],
): PairEntry {
  return {
    ...pairNames(pair),
    outlets,
    key,
    status: 'error',
    error,
    files: [],
    counts: countByKind([]),
    all: countByKind([]),
    labels: [],
    top: [],
    ...(failedSources === undefined ? {} : { failedSources }),
  };
}

/** One line for an error, without a stack: a user error's own line, else its message. */
export function errorLine(error: unknown): string {
  if (error instanceof UserError) return `${error.message}: ${error.fix}`;
  return error instanceof Error ? error.message : String(error);
}
