/**
 * Length of the longest common subsequence of two lemma-code sequences (the `lcs` signal,
 * ROUGE-L), by the bit-parallel method of Hyyrö (2004, "Bit-parallel LCS-length computation
 * revisited"; after Allison and Dix 1986): one pass over `y` with a bit vector over the positions
 * of `x`, so a candidate pair costs |y| look-ups and word operations instead of the |x|·|y| cells
 * of the dynamic programme. The result is the same number (issue 13: align's self time).
 */

/**
 * Per distinct code of `x`, the bit set of its positions in 32-bit words: `codes` ascending, and
 * row k of `bits` (`words` words from k × `words`) the positions of `codes[k]`. Found by binary
 * search, not a Map: a Map is asked with a double (the codes are 52-bit), which V8 boxes on every
 * look-up, one heap number per word of `y` per candidate pair (issue 13: 2.7 % of a pair's bytes,
 * speed22).
 */
interface Masks {
  codes: Float64Array;
  bits: Uint32Array;
}

// A source's profiles, and so their sequences, are built once (align/index.ts) and meet many
// other sentences: their masks are built once per sequence. A merged profile (links.ts tryMerge)
// is a new sequence each try: lcsLength then scans it against the other side's cached masks.
const masksOf = new WeakMap<Float64Array, Masks>();

/** The index of `code` in the ascending `codes`, or -1. */
function rowOf(codes: Float64Array, code: number): number {
  let [low, high] = [0, codes.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (codes[mid] < code) low = mid + 1;
    else if (codes[mid] > code) high = mid - 1;
    else return mid;
  }
  return -1;
}

function buildMasks(x: Float64Array, words: number): Masks {
  const sorted = Float64Array.from(x).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const codes = sorted.slice(0, distinct);
  const bits = new Uint32Array(distinct * words);
  for (let i = 0; i < x.length; i++) bits[rowOf(codes, x[i]) * words + (i >>> 5)] |= 1 << (i & 31);
  return { codes, bits };
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
  const { codes, bits: positions } = masks(x, words);
  if (vector.length < words) vector = new Uint32Array(2 * words);
  const v = vector;
  v.fill(0xffffffff, 0, words);
  for (let j = 0; j < y.length; j++) {
    const row = rowOf(codes, y[j]);
    if (row < 0) continue; // U = 0: V stays as it is
    const at = row * words;
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
