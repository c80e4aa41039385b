import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { clausesShareAct } from '../../../src/stages/compare/agreement/agreement-act.js';
import { clauseShapes, weighed } from '../../../src/stages/compare/agreement/agreement-clauses.js';
import { sentenceClauses, sentenceKeys } from '../../../src/stages/compare/agreement/agreement-profile.js';
import { runsOf, sameWords, sharesRun } from '../../../src/stages/compare/agreement/agreement-words.js';
import { sharesActIn } from '../../../src/stages/compare/agreement/sentence-pairs.js';

const sentence = (text: string) => analyzeText(`${text}\n`).sentences[0];

// Issue 13: the cheap test on six-word runs must rule out exactly the pairs sameWords rejects.
describe('runsOf: two sentences share a six-word run exactly when sameWords finds one', () => {
  it.each([
    [
      'The mayor said the plan "would ruin the old harbour for good."',
      'It would Ruin the old harbour for good, critics said.',
      true,
    ],
    [
      'The mayor resigned on Monday after a long row.',
      'The mayor resigned on Tuesday after a long row.',
      false,
    ],
    ['A waste of money, the mayor said.', 'The mayor said the plan was a waste of money.', false],
    ['Five, six: one two three four five six.', 'one two three four five six', true],
    ['Short one.', 'Short one.', false],
  ])('%s / %s', (x, y, expected) => {
    const [a, b] = [sentence(x), sentence(y)];
    expect(sharesRun(runsOf(a.tokens), runsOf(b.tokens))).toBe(expected);
    expect(sameWords(a.tokens, b.tokens) !== undefined).toBe(expected);
  });
});

// The per-sentence tables must decide as the token-level test does, clause by clause.
describe('clausesShareAct: the same answer as sharesActIn over the clauses’ tokens', () => {
  const x = sentence(
    'With two days left, the mayor resigned on Monday because the acting harbour master quit.',
  );
  const y = sentence('The acting harbour master quit, and the mayor resigned, officials said on Monday.');
  // Every word rare enough to count, "resign" and "said" among them.
  const w = new Map([...sentenceKeys(x), ...sentenceKeys(y)].map((k) => [k, 3] as const));
  const pairs = clauseShapes(x).flatMap((a) =>
    clauseShapes(y).map((b) => [weighed(a, w), weighed(b, w)] as const),
  );
  it.each([0, 1])('cover %s', (cover) => {
    expect(pairs.length).toBeGreaterThan(4);
    const tokens = (c: (typeof pairs)[number][0]) => c.sentence.tokens.slice(c.from, c.to);
    const expected = pairs.map(([a, b]) => sharesActIn(tokens(a), tokens(b), w, cover));
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    expect(pairs.map(([a, b]) => clausesShareAct(a, b, w, cover))).toEqual(expected);
  });
});

// A profile is built once a sentence and is what building it afresh gives (determinism).
describe('sentenceClauses: built once a sentence', () => {
  it('hands out the same clauses again, equal to fresh ones', () => {
    const s = sentence('With two days left, the mayor resigned on Monday.');
    expect(sentenceClauses(s)).toBe(sentenceClauses(s));
    expect(sentenceClauses(s)).toEqual(clauseShapes(s));
  });
});
