import type { Claim } from '../../model/claim.js';
import type { Sentence } from '../../model/source.js';
import type { Span } from '../../model/span.js';

/** The evidence span of a claim. */
export function claimSpan(claim: Claim): Span {
  return { sentence: claim.sentence, start: claim.start, end: claim.end, text: claim.text };
}

/** The evidence span of a whole sentence. */
export function sentenceSpan(sentence: Sentence): Span {
  return { sentence: sentence.id, start: sentence.start, end: sentence.end, text: sentence.text };
}

/** The evidence span of `start..end`, source offsets inside sentence `s`. */
export function spanOf(s: Sentence, start: number, end: number): Span {
  return { sentence: s.id, start, end, text: s.text.slice(start - s.start, end - s.start) };
}

/** Report-level claim id: claims of side a are `a:c1`, of side b `b:c1`. */
export function claimRef(side: 'a' | 'b', claim: Claim): string {
  return `${side}:${claim.id}`;
}
