import { CONFIDENT, countByKind, type Finding, isConfident } from '../model/finding.js';
import type { Report } from '../model/report.js';

/**
 * The findings of each kind a report shows by default (confidence ≥ `CONFIDENT`): what a reader
 * sees, so what every count beside a report, the outlet profiles and the `--fail-on` gate count
 * (user trial 3). The JSON report keeps the others.
 */
export const shownByKind = (findings: readonly Pick<Finding, 'kind' | 'confidence'>[]) =>
  countByKind(findings.filter(isConfident));

/** A kind's count as the reports print it: the shown number, then `/ all` when some are hidden. */
export function shownOfAll(shown: number, all: number): { shown: number; all?: number } {
  return shown === all ? { shown } : { shown, all };
}

/** Plural of a finding kind for prose ("omissions", "agreements"). */
const plural = (kind: string) => `${kind}s`;

/**
 * One line per capped kind (user trial 6, item 2): "5 of 12 omissions shown (7 past the cap of
 * 5 per omitting side are not in the report)", so a count at the cap is not read as a measure.
 * Findings the report holds below the confidence bar are named too (user trial 8, item 8), so the
 * parts add up to the total.
 */
export function cappedLines(report: Pick<Report, 'findings' | 'summary' | 'capped'>): string[] {
  const shown = shownByKind(report.findings);
  const kinds = [...new Set((report.capped ?? []).map((c) => c.kind))];
  return kinds.map((kind) => {
    const capped = (report.capped ?? []).filter((c) => c.kind === kind);
    const beyond = capped.reduce((n, c) => n + c.beyond, 0);
    const per = kind === 'omission' ? 'per omitting side' : 'per pair';
    const known = capped.every((c) => c.confident !== undefined);
    const confident = known
      ? `, ${capped.reduce((n, c) => n + (c.confident ?? 0), 0)} of them confident`
      : '';
    const hidden = report.summary[kind] - shown[kind];
    const below = hidden > 0 ? `${hidden} in the report below confidence ${CONFIDENT}; ` : '';
    return `${shown[kind]} of ${report.summary[kind] + beyond} ${plural(kind)} shown (${below}${beyond} past the cap of ${capped[0].cap} ${per} are not in the report${confident})`;
  });
}
