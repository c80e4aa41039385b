import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Claim } from '../../../model/claim.js';

// Inputs: one analysed source. Its claims by sentence, which the omission rule asks for in every
// pair of the source, so they are built once (issue 13).

const claimsCache = new WeakMap<AnalyzedSource, Map<string, Claim[]>>();

/** A source's claims by sentence id, in claim order (once per source; callers copy before keeping). */
export function claimsBySentence(source: AnalyzedSource): Map<string, Claim[]> {
  let index = claimsCache.get(source);
  if (!index) {
    index = new Map();
    for (const c of source.claims) {
      const list = index.get(c.sentence);
      if (list) list.push(c);
      else index.set(c.sentence, [c]);
    }
    claimsCache.set(source, index);
  }
  return index;
}
