import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import type { Report } from '../../src/model/report.js';
import { findingRows } from '../../src/report/finding-table.js';

// User trial 10, item 4: findings.csv names the figures a finding rests on, so that a researcher
// can keep "figures only" and check each. Passages invented for the test.
describe('the figures column of findings.csv', () => {
  const courier = [
    'Harbour plant to shut down',
    'The Harbour chemical plant will close in June, putting 420 workers out of a job.',
    'The closure will cost the town $12 million in taxes a year, the mayor said.',
  ].join('\n');
  const post = [
    'Chemical plant closes',
    'The Harbour chemical plant will close in June, and 420 workers will lose their jobs.',
    'Unions said they would fight the closure.',
  ].join('\n');
  const report = compareSources(
    analyzeText(courier, { outlet: 'Daily Courier', published: '2026-03-02' }, 'ev/a.txt'),
    analyzeText(post, { outlet: 'Evening Post', published: '2026-03-02' }, 'ev/b.txt'),
  );
  const rows = findingRows(report);

  it('holds the figures of an agreement on a figure', () => {
    const agreement = rows.find((r) => r.rule === 'compare/quantity-agreement');
    expect(agreement?.figures).toBe('420 workers | 420 workers');
  });

  it('holds only the quantity claims of a finding, and nothing for one without any', () => {
    const claim = (id: string, kind: string, text: string) => ({ id, kind, text, side: 'a' });
    const omission = { ...report.findings[0], kind: 'omission', b: [] };
    const withClaims = {
      ...report,
      claims: [claim('a:c1', 'attribution', 'the mayor said'), claim('a:c2', 'quantity', '$12 million')],
      findings: [
        { ...omission, id: 'f1', claims: ['a:c1', 'a:c2'] },
        { ...omission, id: 'f2', claims: ['a:c1'] },
      ],
    } as unknown as Report;
    expect(findingRows(withClaims).map((r) => r.figures)).toEqual(['$12 million', undefined]);
  });
});
