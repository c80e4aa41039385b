import { describe, expect, it } from 'vitest';
import type { AlignmentLink } from '../../../src/model/alignment.js';
import { analyzeText } from '../../../src/pipeline.js';
import { evidenceConfidence, withConfidence } from '../../../src/stages/compare/confidence.js';
import { compareContext, type FindingDraft } from '../../../src/stages/compare/context.js';
import { sentenceSpan } from '../../../src/stages/compare/spans.js';

const a = analyzeText('The council approved the budget on Monday.\n\nThe mayor spoke at noon.', {
  outlet: 'A',
});
const b = analyzeText('On Monday the council approved its budget.\n\nRain fell all day.', { outlet: 'B' });
const link = (score: number): AlignmentLink => ({
  a: ['s1'],
  b: ['s1'],
  score,
  relation: 'equivalent',
  signals: {},
  reasons: [],
});
const draft = (sa: string, sb: string | null): FindingDraft => ({
  kind: 'refinement',
  subject: 'sentence',
  a: [sentenceSpan(a.sentences.find((s) => s.id === sa) ?? a.sentences[0])],
  b: sb === null ? [] : [sentenceSpan(b.sentences.find((s) => s.id === sb) ?? b.sentences[0])],
  claims: [],
  explanation: 'test',
  ruleId: 'compare/test',
  salience: 0.5,
});

describe('evidence-derived confidence', () => {
  it.each([
    // [link score, a sentence, b sentence, expected confidence]
    [0.9, 's1', 's1', 0.91],
    [0.5, 's1', 's1', 0.75],
    // Not linked: evidence this default cannot see, so it stays at the threshold.
    [0.9, 's2', 's2', 0.5],
  ])('a link of %d between %s and %s gives %d', (score, sa, sb, expected) => {
    const ctx = compareContext(a, b, [link(score)], () => 5);
    expect(evidenceConfidence(ctx, draft(sa, sb))).toBe(expected);
  });

  it('keeps a rule-set confidence, rounded, and leaves a one-sided draft below the shown threshold', () => {
    const ctx = compareContext(a, b, [link(0.9)], () => 5);
    expect(withConfidence(ctx, { ...draft('s1', 's1'), confidence: 0.8349 }).confidence).toBe(0.83);
    expect(withConfidence(ctx, draft('s2', null)).confidence).toBeLessThan(0.5);
  });
});
