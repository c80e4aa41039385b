import { describe, expect, it } from 'vitest';
import type { Attr } from '../../scripts/polnear/gold.js';
import { emptyScore, sameSpan, scoreArticle } from '../../scripts/polnear/score.js';

// An invented passage: a gold speaker "People close to the mayor" and predictions that find it whole or in part.
const text = 'People close to the mayor say “the pier is shut.”';
const span = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
const gold: Attr = {
  source: [span('People close to the mayor')],
  cue: [span('say')],
  content: [span('the pier is shut.')],
};

describe('PolNeAR scoring: overlap pairs an element, an exact span also counts apart', () => {
  it.each([
    ['the whole speaker', 'People close to the mayor', 1, 1],
    ['part of the speaker', 'the mayor', 1, 0],
  ])('%s', (_, speaker, overlapTp, exactTp) => {
    const score = emptyScore();
    const pred: Attr = {
      source: [span(speaker)],
      cue: [span('say')],
      content: [span('“the pier is shut.”')],
    };
    scoreArticle(score, text, [], [gold], [pred]);
    expect(score.elements.source).toMatchObject({ tp: overlapTp, exact: exactTp });
    // Quotation marks and end punctuation at a span's edge do not make it another span.
    expect(score.elements.content).toMatchObject({ tp: 1, exact: 1 });
  });

  it('compares spans by their words, not by the marks and spaces at their edges', () => {
    expect(sameSpan(text, [span('“the pier is shut.”')], [span('the pier is shut')])).toBe(true);
    expect(sameSpan(text, [span('the pier')], [span('the pier is shut')])).toBe(false);
  });
});
