/**
 * A deterministic sample of findings that match no judged finding, for a reader to judge by
 * RUBRIC.md (issue 10: "judge at least 40 of your new, unjudged findings"). Stratified by kind so
 * that rare kinds are read too; the order inside a kind comes from a hash of the pair and spans,
 * not from the findings' rank, so a sample is not biased towards what the tool is surest of.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../src/model/finding.js';
import { type JudgedFinding, type ScoredReport, stillReported } from './score.js';

/** One finding to judge, in judged.json's shape. */
export interface SampledFinding {
  a_path: string;
  b_path: string;
  split: string;
  kind: string;
  rule: string;
  confidence?: number;
  a: [number, number, string][];
  b: [number, number, string][];
  explanation: string;
}

/** Whether a finding is one a reader already judged (same kind, overlapping spans on each side). */
export function isJudged(report: ScoredReport, finding: Finding, judged: JudgedFinding[]): boolean {
  const alone = { ...report, findings: [finding] };
  return judged.some((j) => stillReported(alone, j));
}

const spans = (list: Finding['a']): [number, number, string][] => list.map((s) => [s.start, s.end, s.text]);

/** The finding in judged.json's shape. */
export function toSampled(aPath: string, bPath: string, split: string, finding: Finding): SampledFinding {
  const { confidence } = finding as Finding & { confidence?: number };
  return {
    a_path: aPath,
    b_path: bPath,
    split,
    kind: finding.kind,
    rule: finding.ruleId,
    ...(confidence === undefined ? {} : { confidence }),
    a: spans(finding.a),
    b: spans(finding.b),
    explanation: finding.explanation,
  };
}

/** Up to `perKind` findings of each kind and split, in hash order. */
export function stratify(candidates: SampledFinding[], perKind: number): SampledFinding[] {
  const key = (f: SampledFinding) =>
    createHash('sha256')
      .update(JSON.stringify([f.a_path, f.b_path, f.kind, f.a, f.b]))
      .digest('hex');
  const groups = new Map<string, { key: string; finding: SampledFinding }[]>();
  for (const finding of candidates) {
    const group = `${finding.split}/${finding.kind}`;
    groups.set(group, [...(groups.get(group) ?? []), { key: key(finding), finding }]);
  }
  return [...groups.keys()].sort().flatMap((group) =>
    (groups.get(group) ?? [])
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .slice(0, perKind)
      .map((x) => x.finding),
  );
}
