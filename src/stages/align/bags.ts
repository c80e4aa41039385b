/**
 * Multisets ("bags") of n-grams as sorted arrays of numeric codes. Counting what two bags share
 * is then one merge-like pass over two small arrays, with no hashing: this is what makes the
 * n-gram and character signals cheap enough to score every candidate pair (issue 3: < 10 ms for
 * two 1,000-word articles).
 */

/** A bag: numeric codes in ascending order, repeated as often as they occur. */
export type Bag = Float64Array;

// Codes are 52-bit hashes, computed, never remembered: a memo of every lemma and n-gram seen
// grew with the corpus (tens of millions of entries on a 50,000-pair batch) and carried state
// from one source to the next. Two different strings get one code with odds near n²/2⁵³, and
// would then do so on every run, so results stay deterministic.
const TWO_20 = 1_048_576;
const TWO_26 = 67_108_864;

/** MurmurHash3's finaliser: spreads every input bit over the 32 output bits. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function hashString(key: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mix(h ^ key.length);
}

/** 32 bits of one seed and 20 of another: an exact integer in a double. */
const join52 = (hi: number, lo: number): number => hi * TWO_20 + (lo >>> 12);

/** The code of a string (a lemma): the same for the same string, in every process. */
export function codeOf(key: string): number {
  return join52(hashString(key, 0x811c9dc5), hashString(key, 0x9747b28c));
}

/** A hash of four 26-bit words, unrolled: no array per n-gram (a source has three n-grams a word). */
function hashFour(w0: number, w1: number, w2: number, w3: number, seed: number): number {
  let h = Math.imul(((seed << 13) | (seed >>> 19)) ^ w0, 0x01000193);
  h = Math.imul(((h << 13) | (h >>> 19)) ^ w1, 0x01000193);
  h = Math.imul(((h << 13) | (h >>> 19)) ^ w2, 0x01000193);
  h = Math.imul(((h << 13) | (h >>> 19)) ^ w3, 0x01000193);
  return mix(h);
}

/** The code of an n-gram from its (n-1)-gram's code and the next lemma's code, with no strings. */
function pairCode(head: number, last: number): number {
  const w0 = Math.floor(head / TWO_26);
  const w1 = head % TWO_26;
  const w2 = Math.floor(last / TWO_26);
  const w3 = last % TWO_26;
  return join52(hashFour(w0, w1, w2, w3, 0x3c6ef372), hashFour(w0, w1, w2, w3, 0xa54ff53a));
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
  // Both are sorted: one merge instead of a sort of the two (equal codes are equal numbers, so the
  // bag is the same).
  const sum = new Float64Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) sum[k++] = x[i] <= y[j] ? x[i++] : y[j++];
  while (i < x.length) sum[k++] = x[i++];
  while (j < y.length) sum[k++] = y[j++];
  return sum;
}

/**
 * Bags of the lemma n-grams of a sequence, for n = 1..4 (index n - 1), from the lemmas' codes
 * (`codeOf`, which the profile's sequence holds already: each lemma is hashed once). Each bag is
 * written into a typed array of its exact size and sorted there (issue 13: the n-grams were
 * pushed to growing arrays first, then copied; a bag sorted is the same whatever order it was
 * filled in).
 */
export function ngramBags(codes: ArrayLike<number>): Bag[] {
  const size = codes.length;
  const grams = [1, 2, 3, 4].map((n) => new Float64Array(Math.max(0, size - n + 1)));
  for (let i = 0; i < size; i++) {
    let gram = codes[i];
    grams[0][i] = gram;
    for (let n = 1; n < 4 && i + n < size; n++) {
      // Unigram and longer codes come from separate tables; they are only compared within one n.
      gram = pairCode(gram, codes[i + n]);
      grams[n][i] = gram;
    }
  }
  return grams.map((bag) => bag.sort());
}

/** Code units below 128 that a regular expression's `\s` matches (tab to carriage return, space). */
const ASCII_SPACE = Uint8Array.from({ length: 128 }, (_, c) => (/\s/.test(String.fromCharCode(c)) ? 1 : 0));
const SPACE = /\s/;

/** Whether a UTF-16 code unit is whitespace as `\s` reads it (the regular expression decides, beyond ASCII). */
const isSpace = (c: number): boolean => (c < 128 ? ASCII_SPACE[c] === 1 : SPACE.test(String.fromCharCode(c)));

/** The code units of the text being bagged, whitespace left out; reused, grown when a text is longer. */
let kept = new Uint16Array(1024);

/**
 * Bag of the character bigrams of a text, whitespace removed (the Dice of string-similarity).
 * The text is read in place, not copied without its spaces first (`replace(/\s+/g, '')`, a
 * string a sentence: speed31); the bigrams are those of the same code units.
 */
export function charBag(text: string): Bag {
  if (kept.length < text.length) kept = new Uint16Array(2 * text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) kept[n++] = c;
  }
  const grams = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < grams.length; i++) grams[i] = kept[i] * 65_536 + kept[i + 1];
  return grams.sort();
}
