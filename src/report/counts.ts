import { countByKind, type Finding, isConfident } from '../model/finding.js';

/**
 * The findings of each kind a report shows by default (confidence ≥ `CONFIDENT`): what a reader
 * sees, so what every count beside a report, the outlet profiles and the `--fail-on` gate count
 * (user trial 3). The JSON report keeps the others.
 */
export const shownByKind = (findings: readonly Pick<Finding, 'kind' | 'confidence'>[]) =>
  countByKind(findings.filter(isConfident));
