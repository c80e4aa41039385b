/**
 * Numbers written in a sentence, normalised to values so that "five" and "5", or
 * "$2.5 billion" and "2,500,000,000", compare equal. Inputs: the sentence's tokens,
 * lower-cased; tokens already used by a date ("May 10", "2017") are skipped by the caller.
 */

import { tokenValue } from '../../text/number-value.js';

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bln: 1e9,
};

/**
 * Reads the numbers among `words` (lower-cased tokens): a value, optionally followed by a
 * unit word ("twenty five", "two-thirds" is not a number) and by scale words ("2.5 billion").
 * `skip[i]` marks tokens to ignore. Values come back as canonical strings ("2500000000").
 */
export function readNumbers(words: readonly string[], skip: readonly boolean[] = []): string[] {
  const values: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (skip[i]) continue;
    let value = tokenValue(words[i]);
    if (value === null) continue;
    // "twenty five": a tens word followed by a unit word.
    const next = tokenValue(words[i + 1] ?? '');
    if (!skip[i + 1] && value >= 20 && value < 100 && value % 10 === 0 && next !== null && next < 10) {
      value += next;
      i++;
    }
    while (i + 1 < words.length && Object.hasOwn(SCALES, words[i + 1]) && !skip[i + 1]) {
      value *= SCALES[words[i + 1]];
      i++;
    }
    values.push(String(Math.round(value * 1e6) / 1e6));
  }
  return values;
}
