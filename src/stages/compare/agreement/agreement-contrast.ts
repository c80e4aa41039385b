import { antonymsOf } from '../../../lexicons/antonyms.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two clauses, one a side. "Tariffs rose sharply after the ruling" and "Tariffs fell
 * sharply after the ruling" share every word but the one that says what happened: two facts.
 * A word of one clause whose WordNet antonym (`antonymsOf`) stands in the other, each word
 * missing from the other side, sets the two clauses against each other.
 */

/** Whether a word of `a` that `b` lacks has an antonym in `b` that `a` lacks, or the other way round. */
export function contrasting(a: Clause, b: Clause): boolean {
  return opposes(a, b) || opposes(b, a);
}

/** One direction of `contrasting`; the antonym data is symmetric, so both give the same answer, read both all the same. */
function opposes(a: Clause, b: Clause): boolean {
  for (const x of a.plain) {
    if (b.lemmas.has(x)) continue;
    for (const y of antonymsOf(x)) if (b.plain.has(y) && !a.lemmas.has(y)) return true;
  }
  return false;
}
