import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import type { Report } from '../../src/model/report.js';
import { outletProfiles } from './tables-of.js';

// Review of research11, M1: a date that times a reporting verb ("said Monday") is no fact the
// outlet states, in every pair its source is in, not only the first. Each report is read back
// from JSON, as tables/write.ts reads the batch's reports. Passages invented for the test.

const analyze = (text: string, outlet: string, path: string) =>
  analyzeText(text, { outlet, published: '2026-03-02' }, path);
const a = analyze(
  'Plant closure\nThe company said Monday it will close the Harbour plant.\n',
  'Daily Courier',
  'ev/a.txt',
);
const b = analyze(
  'Plant closure\nThe Harbour plant will close, the company announced.\n',
  'Evening Post',
  'ev/b.txt',
);
const c = analyze(
  'Plant closure\nThe Harbour plant shuts its doors on Monday.\n',
  'Morning Star',
  'ev/c.txt',
);

/** The pair read back from its JSON file, with one shown agreement on the two sides' dates. */
function agreeingOnDates(report: Report): Report {
  const read = JSON.parse(JSON.stringify(report)) as Report;
  const date = (side: string) => read.claims.find((claim) => claim.side === side && claim.kind === 'date');
  const [da, db] = [date('a'), date('b')];
  const span = { sentence: 's1', start: 0, end: 1, text: 'x' };
  const agreement = {
    id: 'f99',
    kind: 'agreement',
    ruleId: 'r',
    subject: 'date',
    confidence: 0.8,
    salience: 0.5,
    explanation: '',
    a: [span],
    b: [span],
  };
  return { ...read, findings: da && db ? [{ ...agreement, claims: [da.id, db.id] } as never] : [] };
}

const counts = (reports: Report[]) =>
  Object.fromEntries(outletProfiles(reports).map((p) => [p.outlet, p.attribution]));

describe('reporting dates in every pair of a source', () => {
  it('counts the pair a–c alike alone and after a–b', () => {
    const alone = counts([agreeingOnDates(compareSources(a, c))]);
    const after = counts([
      JSON.parse(JSON.stringify(compareSources(a, b))),
      agreeingOnDates(compareSources(a, c)),
    ]);
    expect(alone['Morning Star']).toEqual({ statesAsFact: 0, attributes: 0 });
    expect([after['Daily Courier'], after['Morning Star']]).toEqual([
      alone['Daily Courier'],
      alone['Morning Star'],
    ]);
  });
});
