import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { keysOf, segments } from '../../../src/stages/compare/agreement/agreement-clauses.js';
import { sameWords } from '../../../src/stages/compare/agreement/agreement-words.js';

const sentence = (text: string) => analyzeText(`${text}\n`).sentences[0];
const words = (text: string, [from, to]: [number, number]) =>
  sentence(text)
    .tokens.slice(from, to)
    .map((t) => t.text)
    .join(' ');

// A long sentence often reports two facts; its clauses are what the other article repeats.
describe('segments: clause punctuation and subordinating conjunctions cut a sentence', () => {
  it.each([
    ['The mayor resigned on Monday.', ['The mayor resigned on Monday .']],
    [
      'With two days left, the mayor resigned on Monday.',
      ['With two days left', 'the mayor resigned on Monday .'],
    ],
    [
      'The council said that the harbour would close because the pier was unsafe.',
      ['The council said', 'the harbour would close', 'the pier was unsafe .'],
    ],
    [
      'He called it "a shameful waste of money" and left.',
      ['He called it', 'a shameful waste of money', 'and left .'],
    ],
  ])('%s', (text, expected) => {
    const s = sentence(text);
    expect(segments(s).map((range) => words(text, range))).toEqual(expected);
  });
});

// The same six words in a row in two articles are a quotation (or wire copy) both print.
describe('sameWords: the longest run of the same words, six or more', () => {
  const runOf = (x: string, y: string) => {
    const [a, b] = [sentence(x), sentence(y)];
    const run = sameWords(a.tokens, b.tokens);
    const text = (tokens: { text: string }[]) => tokens.map((t) => t.text).join(' ');
    return run && [text(a.tokens.slice(...run.a)), text(b.tokens.slice(...run.b))];
  };
  it.each([
    [
      'The mayor said the plan "would ruin the old harbour for good."',
      'Critics warned it would Ruin the old harbour for good, the paper said.',
      ['would ruin the old harbour for good', 'would Ruin the old harbour for good'],
    ],
    [
      'The mayor resigned on Monday after a long row.',
      'The mayor resigned on Tuesday after a long row.',
      undefined,
    ],
    ['The mayor said the plan was a waste of money.', 'A waste of money, the mayor said.', undefined],
  ])('%s / %s', (x, y, expected) => {
    expect(runOf(x, y)).toEqual(expected);
  });
});

// A word that alone names a state of the actor lexicon matches the state, whatever the word.
describe('keysOf: a state named alone is one key', () => {
  it.each([
    ['The mayor denied that her office traded with Iran.', 'Iran', 'actor:iran'],
    ['The mayor denied trading with the Iranians.', 'Iranians', 'actor:iran'],
    ['Officials in Tehran denied bidding.', 'Tehran', 'actor:iran'],
    ['Iranian interference was the subject.', 'interference', 'interference'],
  ])('%s: %s', (text, word, expected) => {
    const s = sentence(text);
    const token = s.tokens.find((t) => t.text === word);
    expect(token && keysOf(s)(token)).toBe(expected);
  });
});
