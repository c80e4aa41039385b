import type { Token } from '../../../model/source.js';
import { isClosingQuote, isOpeningQuote } from '../../../text/quotes.js';

/**
 * Inputs: the tokens of two sentences. The same run of words in two articles written apart is
 * a quotation both print ("prove beyond doubt that there was NO DEAL"), or wire copy both took:
 * either way the same statement, whatever the words' part of speech or weight.
 */

/** Six words in a row: longer than a name with its title ("House Speaker John A. Boehner"). */
export const SAME_WORDS = 6;

/** A run of the same words, as token index ranges (half-open) in each sentence. */
export interface WordRun {
  a: [number, number];
  b: [number, number];
}

/** Whether a token is a word: not punctuation, with a letter or digit. */
export const word = (t: Token) => t.pos !== 'PUNCT' && /[\p{L}\p{N}]/u.test(t.text);

/**
 * The longest run of the same words (case folded, punctuation skipped) of at least
 * `SAME_WORDS` words that the two token lists hold, if any; the first such run on ties.
 */
export function sameWords(a: readonly Token[], b: readonly Token[]): WordRun | undefined {
  const [xa, xb] = [a.flatMap((t, i) => (word(t) ? [i] : [])), b.flatMap((t, i) => (word(t) ? [i] : []))];
  let best = { length: 0, i: 0, j: 0 };
  // Longest common substring by dynamic programming over the words: row by row, O(|a|·|b|).
  let previous = new Array<number>(xb.length + 1).fill(0);
  for (let i = 1; i <= xa.length; i++) {
    const row = new Array<number>(xb.length + 1).fill(0);
    for (let j = 1; j <= xb.length; j++) {
      if (a[xa[i - 1]].lower !== b[xb[j - 1]].lower) continue;
      row[j] = previous[j - 1] + 1;
      if (row[j] > best.length) best = { length: row[j], i, j };
    }
    previous = row;
  }
  if (best.length < SAME_WORDS) return undefined;
  return {
    a: [xa[best.i - best.length], xa[best.i - 1] + 1],
    b: [xb[best.j - best.length], xb[best.j - 1] + 1],
  };
}

/**
 * Every run of `SAME_WORDS` words of a sentence (case folded, punctuation skipped), each as one
 * string key: two sentences hold a run of six or more of the same words only if they share one
 * of these, so a lookup rules out almost every pair before `sameWords` compares them word by word.
 */
export function runsOf(tokens: readonly Token[]): Set<string> {
  const words = tokens.filter(word).map((t) => t.lower);
  const out = new Set<string>();
  // The separator is a control character, which no word holds.
  for (let i = 0; i + SAME_WORDS <= words.length; i++) out.add(words.slice(i, i + SAME_WORDS).join('\u0001'));
  return out;
}

/** Whether two sets of `runsOf` keys share one. */
export function sharesRun(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/**
 * Whether a token may stand between a verb and what governs it or does it: adverbs, "not",
 * auxiliaries ("has quickly closed", "will not close"), and with `quotes` quotation marks
 * ('may "review" the rules'); never "to", which opens an infinitive.
 */
export const between = (t: Token, quotes = false): boolean =>
  t.lower !== 'to' &&
  (t.pos === 'ADV' ||
    t.pos === 'PART' ||
    t.pos === 'AUX' ||
    (quotes && (isOpeningQuote(t.text) || isClosingQuote(t.text))));
