import type { Report } from '../model/report.js';

/** One row of the framing table: a label pair and how often the report found it. */
export interface LabelPairRow {
  a: string;
  b: string;
  group: string;
  categoryA: string;
  categoryB: string;
  count: number;
  findings: string[];
}

/** Framing findings grouped by label pair (case-insensitive), most frequent first, then first seen. */
export function labelPairs(report: Report): LabelPairRow[] {
  const pairs = new Map<string, LabelPairRow>();
  for (const f of report.findings) {
    if (f.kind !== 'framing' || !f.labels) continue;
    const key = `${f.labels.a.toLowerCase()}\u0000${f.labels.b.toLowerCase()}`;
    const pair = pairs.get(key) ?? {
      a: f.labels.a,
      b: f.labels.b,
      group: f.labels.group ?? '',
      categoryA: f.labels.categoryA ?? '',
      categoryB: f.labels.categoryB ?? '',
      count: 0,
      findings: [],
    };
    pair.count += 1;
    pair.findings.push(f.id);
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count);
}
