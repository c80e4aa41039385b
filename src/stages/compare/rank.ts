import { FINDING_KINDS, type Finding } from '../../model/finding.js';
import type { FindingDraft } from './context.js';

const KIND_RANK = new Map(FINDING_KINDS.map((kind, i) => [kind, i]));
const firstStart = (f: FindingDraft) => Math.min(f.a[0]?.start ?? Infinity, f.b[0]?.start ?? Infinity);

/**
 * Orders findings by salience (highest first), then kind, then position, and numbers
 * them `f1…`. Salience is rounded so float noise cannot reorder reports between runs.
 */
export function rank(drafts: (FindingDraft & { confidence: number })[]): Finding[] {
  const rounded = drafts.map((d) => ({ ...d, salience: Math.round(d.salience * 1000) / 1000 }));
  rounded.sort(
    (x, y) =>
      y.salience - x.salience ||
      (KIND_RANK.get(x.kind) ?? 0) - (KIND_RANK.get(y.kind) ?? 0) ||
      firstStart(x) - firstStart(y) ||
      (x.a[0]?.start ?? -1) - (y.a[0]?.start ?? -1) ||
      (x.b[0]?.start ?? -1) - (y.b[0]?.start ?? -1) ||
      x.ruleId.localeCompare(y.ruleId),
  );
  return rounded.map((d, i) => ({ id: `f${i + 1}`, ...d }));
}
