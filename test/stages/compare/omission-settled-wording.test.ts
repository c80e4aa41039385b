import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// A passage written for this test (issue 10; a reader found an omission's explanation listing as
// "never mentioned" words of a sentence its evidence no longer held). Side b's second sentence is
// grouped into the omission of its first, then a sentence agreement pairs a clause of it with
// side a, so the settled omission keeps only the first sentence: its explanation must list only
// what that sentence says.
const A = `Harbor Co. faces a lawsuit from its former workers.

Dana Reyes, a lawyer for Harbor, said the class nature of the case deprives Harbor of its right to contest each claim.

A judge will rule on the request next month.
`;
const B = `Harbor Co. faces a lawsuit from its former workers.

The company says its rules expressly bar bias and reward merit. In any event, the company says, the former workers — who worked in 2,100 shops in 90 job grades — do not have enough in common to warrant treatment as one class, and a class case would deprive Harbor of its right to contest each claim.

A judge will rule on the request next month.
`;

describe('an omission settled without a sentence another finding pairs', () => {
  const report = compareSources(analyzeText(A, {}, 'ev/a.txt'), analyzeText(B, {}, 'ev/b.txt'));
  const b = report.sources.b.text;
  const omission = report.findings.find(
    (f) => f.kind === 'omission' && f.ruleId === 'compare/omitted-development',
  );
  const agreement = report.findings.find((f) => f.ruleId === 'compare/sentence-agreement');

  it('keeps only the sentence no finding pairs, at exact offsets', () => {
    expect(agreement?.b.map((s) => b.slice(s.start, s.end))).toEqual([agreement?.b[0].text]);
    expect(agreement?.b[0].text).toContain('deprive Harbor of its right');
    expect(omission?.b.map((s) => b.slice(s.start, s.end))).toEqual([
      'The company says its rules expressly bar bias and reward merit.',
    ]);
  });

  it('lists as never mentioned only words of the evidence it keeps', () => {
    const listed = /never mentions (.*?): "/.exec(omission?.explanation ?? '')?.[1] ?? '';
    expect(listed).not.toMatch(/2,100|90 job grades/);
    const words = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(omission?.b[0].text).toContain(w);
  });
});
