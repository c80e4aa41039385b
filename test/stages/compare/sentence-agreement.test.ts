import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

// Issue 10: agreements are often whole facts ("met at the White House on Sunday" / "met
// privately at the White House on Sunday"), found wherever the sentences stand.
describe('sentence agreement', () => {
  const a = article('A', '2012-12-10', [
    'The president and the speaker met Sunday afternoon at the White House for the first time in weeks.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'Fans of the visiting team sang outside the arena.',
    'With three weeks left, the president and the speaker met privately at the White House on Sunday.',
  ]);
  const agreements = compareArticles(a, b).filter((f) => f.ruleId === 'compare/sentence-agreement');
  const texts = agreements.map((f) => [f.a[0].text, f.b[0].text]);

  it('pairs the two reports of the meeting, though they stand in different places', () => {
    expect(texts).toContainEqual([
      'The president and the speaker met Sunday afternoon at the White House for the first time in weeks.',
      'With three weeks left, the president and the speaker met privately at the White House on Sunday.',
    ]);
  });

  it('does not pair sentences about different things', () => {
    expect(texts.filter(([x]) => x.startsWith('Protesters'))).toEqual([]);
  });

  it('gives every agreement evidence on both sides', () => {
    for (const f of agreements) {
      expect(f.kind).toBe('agreement');
      expect(f.a).toHaveLength(1);
      expect(f.b).toHaveLength(1);
    }
  });
});
