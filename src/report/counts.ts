import { FINDING_KINDS, type Finding, type FindingKind, isConfident } from '../model/finding.js';

/** How many findings there are of each kind, every kind present. */
export function countByKind(findings: readonly Pick<Finding, 'kind'>[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}

/**
 * The findings of each kind a report shows by default (confidence ≥ `CONFIDENT`): what a reader
 * sees, so what every count beside a report, the outlet profiles and the `--fail-on` gate count
 * (user trial 3). The JSON report keeps the others.
 */
export const shownByKind = (findings: readonly Pick<Finding, 'kind' | 'confidence'>[]) =>
  countByKind(findings.filter(isConfident));
