import { describe, expect, it } from 'vitest';
import { okEntry } from '../../src/batch/entry.js';
import type { PlannedPair } from '../../src/batch/plan.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';

// A pair's entry in summary.json counts what its reports show (confidence ≥ CONFIDENT) and, apart,
// every finding the JSON keeps (user trial 3).
const span = { sentence: 's1', start: 0, end: 1, text: 'x' };
const finding = (
  id: string,
  kind: Finding['kind'],
  confidence: number,
  extra: Partial<Finding> = {},
): Finding => ({
  id,
  kind,
  a: [span],
  b: [span],
  claims: [],
  explanation: `${kind} ${id}`,
  ruleId: 'r',
  salience: 0.5,
  confidence,
  subject: 'sentence',
  ...extra,
});
const findings = [
  finding('f1', 'attribution', 0.45),
  finding('f2', 'omission', 0.7),
  finding('f3', 'framing', 0.4, { labels: { a: 'regime', b: 'government' } }),
  finding('f4', 'framing', 0.8, { labels: { a: 'rebels', b: 'militants' } }),
];
const report = {
  sources: { a: { outlet: 'A' }, b: { outlet: 'B' } },
  findings,
  summary: { divergence: 0, omission: 1, attribution: 1, framing: 2, refinement: 0, agreement: 0 },
} as unknown as Report;
const pair = { id: 'e/a--b', event: 'e', a: { id: 'a' }, b: { id: 'b' } } as unknown as PlannedPair;

describe('okEntry', () => {
  const entry = okEntry(pair, report, 'k', ['e/a--b.json'], ['0123456789abcdef']);

  it.each([
    ['counts', { divergence: 0, omission: 1, attribution: 0, framing: 1, refinement: 0, agreement: 0 }],
    ['all', { divergence: 0, omission: 1, attribution: 1, framing: 2, refinement: 0, agreement: 0 }],
  ] as const)('%s', (field, expected) => {
    expect(entry[field]).toEqual(expected);
  });

  it('names and counts only shown findings in its top list and label pairs', () => {
    expect(entry.top.map((f) => f.id)).toEqual(['f2', 'f4']);
    expect(entry.labels).toEqual([{ a: 'rebels', b: 'militants', count: 1 }]);
  });

  // User trial 21, item 11: `--gate-hidden` lines named no finding when only hidden ones tripped it.
  it('names the hidden findings apart, for the lines of --gate-hidden', () => {
    expect(entry.topHidden?.map((f) => f.id)).toEqual(['f1', 'f3']);
  });
});
