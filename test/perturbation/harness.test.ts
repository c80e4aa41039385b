import { describe, expect, it } from 'vitest';
import { formatHarness, loadArticles, runHarness } from './harness.js';

// Issue 5's perturbation harness: real articles (the repository's sources/), known edits, every
// edit found with the right kind and spans, nothing reported on unedited text.
describe('perturbation harness on sources/', () => {
  const articles = loadArticles('sources');
  const result = runHarness(articles);
  console.log(formatHarness(result));

  it('runs on every article of sources/', () => {
    expect(articles.length).toBe(10);
  });

  it('makes only reports that pass checkReport', () => {
    expect(result.invalid).toEqual([]);
  });

  it('finds nothing but agreements between an article and itself or its shuffled copy', () => {
    expect(result.falseOnUnedited).toBe(0);
  });

  it.each(Object.keys(result.edits))('finds ≥ 90%% of %s edits with the right kind and spans', (type) => {
    const tally = result.edits[type as keyof typeof result.edits];
    expect(tally.made).toBeGreaterThan(0);
    expect(
      tally.found / tally.made,
      result.misses.filter((m) => m.startsWith(type)).join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
