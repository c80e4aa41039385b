import { antonymsOf } from '../../../lexicons/antonyms.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two clauses, one a side. "Tariffs rose sharply after the ruling" and "Tariffs fell
 * sharply after the ruling" share every word but the one that says what happened: two facts.
 * A word of one clause whose WordNet antonym (`antonymsOf`) stands in the other, each word
 * missing from the other side, sets the two clauses against each other.
 */

/**
 * Whether a word of `a` that `b` lacks has an antonym in `b` that `a` lacks. One direction is
 * enough: the antonym data is symmetric (each pair written both ways, checked by
 * agreement-paraphrase.test.ts), so the pair found from `b`'s side is the same pair.
 */
export function contrasting(a: Clause, b: Clause): boolean {
  for (const x of a.plain) {
    if (b.lemmas.has(x)) continue;
    for (const y of antonymsOf(x)) if (b.plain.has(y) && !a.lemmas.has(y)) return true;
  }
  return false;
}
