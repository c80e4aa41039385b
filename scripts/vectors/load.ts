import { readFileSync } from 'node:fs';

// Inputs: the files scripts/vectors/generate.ts writes. Word vectors for measurement (vec14); not
// runtime code.

/** Word vectors: int8 components with a scale each, looked up by lower-cased word. */
export interface WordVectors {
  dimensions: number;
  index: Map<string, number>;
  components: Int8Array;
  scales: Float32Array;
  /** Each quantised vector's L2 norm (of its int8 components, so the scale cancels in a cosine). */
  norms: Float32Array;
}

/** Reads word-vectors.data.json and word-vectors.bin from `dir` (src/lexicons/data by default). */
export function loadVectors(dir = new URL('../../src/lexicons/data/', import.meta.url)): WordVectors {
  const header = JSON.parse(readFileSync(new URL('word-vectors.data.json', dir), 'utf8')) as {
    dimensions: number;
    words: string[];
  };
  const bin = readFileSync(new URL('word-vectors.bin', dir));
  const d = header.dimensions;
  const n = header.words.length;
  const components = new Int8Array(n * d);
  const scales = new Float32Array(n);
  const norms = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const at = i * (4 + d);
    scales[i] = bin.readFloatLE(at);
    let sum = 0;
    for (let k = 0; k < d; k++) {
      const c = bin.readInt8(at + 4 + k);
      components[i * d + k] = c;
      sum += c * c;
    }
    norms[i] = Math.sqrt(sum);
  }
  const index = new Map<string, number>();
  for (const [i, w] of header.words.entries()) index.set(w, i);
  return { dimensions: d, index, components, scales, norms };
}

/** Cosine of two words' vectors by their indices. */
export function cosineAt(v: WordVectors, i: number, j: number): number {
  const d = v.dimensions;
  let dot = 0;
  for (let k = 0; k < d; k++) dot += v.components[i * d + k] * v.components[j * d + k];
  return v.norms[i] === 0 || v.norms[j] === 0 ? 0 : dot / (v.norms[i] * v.norms[j]);
}

/** Adds `weight` times a word's (dequantised) vector to `sum`. */
export function addVector(v: WordVectors, i: number, weight: number, sum: Float64Array): void {
  const d = v.dimensions;
  const w = weight * v.scales[i];
  for (let k = 0; k < d; k++) sum[k] += w * v.components[i * d + k];
}
