import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';

// The report the outlet-profile tests build (profiles.test.ts, profile-voice.test.ts): just the
// fields the profiles read, each finding a shown agreement on a quantity unless it says otherwise.

const span = { sentence: 's1', start: 0, end: 1, text: 'x' };
const base = {
  a: [span],
  b: [span],
  claims: [],
  explanation: '',
  ruleId: 'r',
  salience: 0.5,
  confidence: 0.9,
  subject: 'quantity',
  kind: 'agreement',
};

/** A report of outlets `a` and `b` (source ids their names lower-cased) with the given findings and claims. */
export function profileReport(
  a: string,
  b: string,
  findings: Partial<Finding>[],
  claims: unknown[] = [],
): Report {
  return {
    pair: { id: `ev/${a.toLowerCase()}--${b.toLowerCase()}`, event: 'ev' },
    sources: {
      a: { id: a.toLowerCase(), outlet: a, text: '', sentences: [] },
      b: { id: b.toLowerCase(), outlet: b, text: '', sentences: [] },
    },
    claims,
    findings: findings.map((f, i) => ({ ...base, id: `f${i + 1}`, ...f })),
  } as unknown as Report;
}
