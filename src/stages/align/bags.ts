/**
 * Multisets ("bags") of n-grams as sorted arrays of numeric codes. Counting what two bags share
 * is then one merge-like pass over two small arrays, with no hashing: this is what makes the
 * n-gram and character signals cheap enough to score every candidate pair (issue 3: < 10 ms for
 * two 1,000-word articles).
 */

/** A bag: numeric codes in ascending order, repeated as often as they occur. */
export type Bag = Float64Array;

// String → small integer. A memo only: codes never leave the process, and results do not
// depend on which code a string gets, only on two equal strings getting the same one.
const codes = new Map<string, number>();

/** The code of a string (a lemma, an n-gram), the same for the same string within a process. */
export function codeOf(key: string): number {
  const known = codes.get(key);
  if (known !== undefined) return known;
  codes.set(key, codes.size);
  return codes.size - 1;
}

/** A bag of the given codes. */
export function bagOf(values: readonly number[]): Bag {
  return new Float64Array(values).sort();
}

// (code, code) → code, so that an n-gram's code is built from its (n-1)-gram's code and one lemma
// code with a numeric lookup, never by joining strings. Codes stay below 2^26 in any real run.
const pairs = new Map<number, number>();
function pairCode(head: number, last: number): number {
  const key = head * 67_108_864 + last;
  const known = pairs.get(key);
  if (known !== undefined) return known;
  pairs.set(key, pairs.size);
  return pairs.size - 1;
}

/** Σ min(count in x, count in y) over all codes: the clipped matches of BLEU and of Dice. */
export function sharedCount(x: Bag, y: Bag): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared;
}

/** The union of two bags with counts added (two sentences read as one). */
export function addBags(x: Bag, y: Bag): Bag {
  const sum = new Float64Array(x.length + y.length);
  sum.set(x);
  sum.set(y, x.length);
  return sum.sort();
}

/** Bags of the lemma n-grams of a sequence, for n = 1..4 (index n - 1). */
export function ngramBags(lemmas: readonly string[]): Bag[] {
  const unigrams = lemmas.map(codeOf);
  const grams: number[][] = [unigrams, [], [], []];
  for (let i = 0; i < unigrams.length; i++) {
    let gram = unigrams[i];
    for (let n = 1; n < 4 && i + n < unigrams.length; n++) {
      // Unigram and longer codes come from separate tables; they are only compared within one n.
      gram = pairCode(gram, unigrams[i + n]);
      grams[n].push(gram);
    }
  }
  return grams.map(bagOf);
}

/** Bag of the character bigrams of a text, whitespace removed (the Dice of string-similarity). */
export function charBag(text: string): Bag {
  const squeezed = text.replace(/\s+/g, '');
  const grams: number[] = [];
  for (let i = 0; i < squeezed.length - 1; i++)
    grams.push(squeezed.charCodeAt(i) * 65_536 + squeezed.charCodeAt(i + 1));
  return bagOf(grams);
}
