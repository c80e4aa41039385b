/**
 * Length of the longest common subsequence of two lemma-code sequences (the `lcs` signal,
 * ROUGE-L), by the bit-parallel method of Hyyrö (2004, "Bit-parallel LCS-length computation
 * revisited"; after Allison and Dix 1986): one pass over `y` with a bit vector over the positions
 * of `x`, so a candidate pair costs |y| look-ups and word operations instead of the |x|·|y| cells
 * of the dynamic programme. The result is the same number (issue 13: align's self time).
 */

/**
 * Per distinct code of `x`, the bit set of its positions in 32-bit words, found through an
 * open-addressing table: `keys` holds each code at the slot its low bits give (or the next free
 * one), `rows` its row of `bits` (`words` words from row × `words`). Not a Map: a Map is asked with
 * a double (the codes are 52-bit), which V8 boxes on every look-up, one heap number per word of
 * `y` per candidate pair (issue 13: 2.7 % of a pair's bytes, speed22).
 */
interface Masks {
  keys: Float64Array;
  rows: Int32Array;
  bits: Uint32Array;
}

/** A slot no code holds: codes are non-negative integers. */
const EMPTY = -1;

// A source's profiles, and so their sequences, are built once (align/index.ts) and meet many
// other sentences: their masks are built once per sequence. A merged profile (links.ts tryMerge)
// is a new sequence each try: lcsLength then scans it against the other side's cached masks.
const masksOf = new WeakMap<Float64Array, Masks>();

/** The slot of `code` in `keys` (a power of two long), or the empty slot where it would go. */
function slotOf(keys: Float64Array, code: number): number {
  const mask = keys.length - 1;
  // `>>> 0` keeps the low 32 bits of the integer code, which the hash has mixed (bags.ts `join52`).
  let slot = (code >>> 0) & mask;
  while (keys[slot] !== code && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
  return slot;
}

function buildMasks(x: Float64Array, words: number): Masks {
  let size = 8;
  while (size < 2 * x.length) size *= 2;
  const keys = new Float64Array(size).fill(EMPTY);
  const rows = new Int32Array(size);
  const slots = new Int32Array(x.length);
  let distinct = 0;
  for (let i = 0; i < x.length; i++) {
    const slot = slotOf(keys, x[i]);
    if (keys[slot] === EMPTY) {
      keys[slot] = x[i];
      rows[slot] = distinct++;
    }
    slots[i] = slot;
  }
  const bits = new Uint32Array(distinct * words);
  for (let i = 0; i < x.length; i++) bits[rows[slots[i]] * words + (i >>> 5)] |= 1 << (i & 31);
  return { keys, rows, bits };
}

function masks(x: Float64Array, words: number): Masks {
  let found = masksOf.get(x);
  if (!found) {
    found = buildMasks(x, words);
    masksOf.set(x, found);
  }
  return found;
}

// One vector reused by every call (align scores hundreds of candidate pairs a pair of articles).
let vector = new Uint32Array(4);

function popcount(v: number): number {
  let n = v - ((v >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Length of the longest common subsequence of `x` and `y` (equal codes match). */
export function lcsLength(x: Float64Array, y: Float64Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  // The LCS is symmetric: build masks for a one-off sequence only when neither side has them.
  if (!masksOf.has(x) && masksOf.has(y)) return lcsLength(y, x);
  const words = (x.length + 31) >>> 5;
  const { keys, rows, bits: positions } = masks(x, words);
  if (vector.length < words) vector = new Uint32Array(2 * words);
  const v = vector;
  v.fill(0xffffffff, 0, words);
  for (let j = 0; j < y.length; j++) {
    const slot = slotOf(keys, y[j]);
    if (keys[slot] === EMPTY) continue; // U = 0: V stays as it is
    const at = rows[slot] * words;
    // V ← (V + U) | (V − U) with U = V & match; U ⊆ V, so V − U = V & ~U, with no borrow.
    let carry = 0;
    for (let k = 0; k < words; k++) {
      const u = (v[k] & positions[at + k]) >>> 0;
      const sum = v[k] + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = ((sum >>> 0) | (v[k] & ~u)) >>> 0;
    }
  }
  // Each zero bit among x's positions is one matched element.
  let zeros = 0;
  for (let k = 0; k < words; k++) {
    const bits = k === words - 1 && x.length & 31 ? x.length & 31 : 32;
    const live = bits === 32 ? v[k] : v[k] & ((1 << bits) - 1);
    zeros += bits - popcount(live >>> 0);
  }
  return zeros;
}
