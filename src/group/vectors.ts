/** A document's sparse tf-idf vector: term ids ascending, unit length. */
export interface TermVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/** How a document's vector is cut. */
export interface VectorOptions {
  /** Terms kept per document, by weight. */
  topTerms: number;
  /** Terms found in more documents than this are left out (too common to tell stories apart). */
  maxDf: number;
}

/**
 * tf-idf with sublinear tf, `(1 + ln tf) · ln(N / df)` (Manning, Raghavan, Schütze,
 * Introduction to Information Retrieval, §6.4), the `topTerms` heaviest kept and normalised
 * so that a dot product is the cosine.
 */
export function toVector(
  terms: Uint32Array,
  counts: Uint16Array,
  df: Uint32Array,
  docs: number,
  options: VectorOptions,
): TermVector {
  const scored: { term: number; weight: number }[] = [];
  for (let i = 0; i < terms.length; i++) {
    const f = df[terms[i]];
    // A word in one document only links it to nothing; a word in most links everything.
    if (f < 2 || f > options.maxDf) continue;
    scored.push({ term: terms[i], weight: (1 + Math.log(counts[i])) * Math.log(docs / f) });
  }
  scored.sort((x, y) => y.weight - x.weight || x.term - y.term);
  const kept = scored.slice(0, options.topTerms).sort((x, y) => x.term - y.term);
  const norm = Math.hypot(...kept.map((k) => k.weight)) || 1;
  return {
    terms: Uint32Array.from(kept, (k) => k.term),
    weights: Float32Array.from(kept, (k) => k.weight / norm),
  };
}
