// Inputs: one analysed source. Output: the lemmas it writes in its own voice, outside quotation
// marks, in its headline and body: a word the other outlet writes itself is no contrast between
// the two (issue 10).

import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { carriesClaims } from '../../../model/roles.js';
import { insideRange, quotedRanges } from './quotes.js';

const cache = new WeakMap<AnalyzedSource, ReadonlySet<string>>();

/** Lemmas a source uses in its own voice (headline and body words outside quotation marks). */
export function ownVoiceLemmas(source: AnalyzedSource): ReadonlySet<string> {
  const hit = cache.get(source);
  if (hit) return hit;
  const ranges = quotedRanges(source);
  const words = new Set(
    source.sentences
      .filter(carriesClaims)
      .flatMap((s) => s.tokens.filter((t) => !insideRange(ranges, t.start)))
      .map((t) => t.lemma),
  );
  cache.set(source, words);
  return words;
}
