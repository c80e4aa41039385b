import type { Sentence, Token } from '../../../model/source.js';
import { once } from '../once.js';
import { isContent } from '../weights.js';
import { type Clause, type ClauseShape, clauseShapes, keysOf } from './agreement-clauses.js';
import { runsOf, sameWords, sharesRun, type WordRun } from './agreement-words.js';

/**
 * Inputs: one body or headline sentence. What matching its clauses needs that does not depend
 * on the other article is built once a sentence, when first asked for, and shared by every pair
 * its source is in (issue 13: a source is compared with every other outlet of its event).
 */

/**
 * `build` remembered per clause range: per sentence and token range, whatever pair the clause
 * was weighed in (`weighed` makes a new clause each pair), for what depends on the range alone.
 */
export function oncePerRange<T>(build: (c: Clause) => T): (c: Clause) => T {
  const cache = new WeakMap<Sentence, Map<number, T>>();
  return (c) => {
    let ranges = cache.get(c.sentence);
    if (!ranges) {
      ranges = new Map();
      cache.set(c.sentence, ranges);
    }
    // Token indexes of one sentence, from < to: one number a range.
    const key = c.from * (c.sentence.tokens.length + 1) + c.to;
    const known = ranges.get(key);
    if (known !== undefined) return known;
    const fresh = build(c);
    ranges.set(key, fresh);
    return fresh;
  };
}

/** `keysOf` of a sentence: the actor lexicon is searched once a sentence. */
const keyOf: (s: Sentence) => (t: Token) => string = once(keysOf);

/** The content keys of a whole sentence (`keysOf`: lemmas, or a state's actor key). */
export const sentenceKeys: (s: Sentence) => Set<string> = once(
  (s) => new Set(s.tokens.filter(isContent).map(keyOf(s))),
);

/** The clauses of a sentence with their key sets (`clauseShapes`); their weights depend on the pair. */
export const sentenceClauses: (s: Sentence) => ClauseShape[] = once((s) => clauseShapes(s, keyOf(s)));

/** The runs of six words of a sentence (`runsOf`), to rule out a shared quotation cheaply. */
const sentenceRuns: (s: Sentence) => Set<string> = once((s) => runsOf(s.tokens));

/**
 * The run of the same words of two sentences (`sameWords`), looked for when a clause pair first
 * needs it: most sentence pairs have no clauses that share enough to ask. Two sentences hold six
 * same words in a row only if they share one of their runs of six (`runsOf`).
 */
export function sameRun(a: Sentence, b: Sentence): () => WordRun | undefined {
  let run: { found: WordRun | undefined } | undefined;
  return () => {
    run ??= {
      found: sharesRun(sentenceRuns(a), sentenceRuns(b)) ? sameWords(a.tokens, b.tokens) : undefined,
    };
    return run.found;
  };
}
