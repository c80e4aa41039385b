import type { ItemSentence } from 'wink-nlp';
import type { Token } from '../model/source.js';
import { its, winkFor } from './wink.js';

// wink's typings declare its.lemma with a span signature; on a token it takes none.
const lemmaOf = its.lemma as unknown as typeof its.pos;

/** A sentence found by wink-nlp, with tokens carrying offsets into the original string. */
export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Tokenises `text` (one line of a source) and splits it into sentences.
 * wink-nlp does not report offsets, so each token is found again in `text` from a cursor;
 * `base` is added so that offsets point into the whole source. The result depends on `text`
 * alone (see wink.ts), whatever was tokenised before.
 */
export function tokenizeLine(text: string, base: number): TokenizedSentence[] {
  const doc = winkFor(text).readDoc(text);
  const sentences: TokenizedSentence[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    // Each field read for the whole sentence at once: wink builds an item object per `out` call,
    // which per token cost ~18% of segmenting (426 dev sources, warm: ~870 against ~710 ms).
    const col = sentence.tokens();
    const surfaces = col.out() as string[];
    const lemmas = col.out(lemmaOf) as string[];
    const tags = col.out(its.pos) as string[];
    const tokens: Token[] = [];
    surfaces.forEach((surface, k) => {
      // No limit on the gap: a run of spaces of any length lies between two tokens (issue 12).
      // wink returns each token's text unchanged (checked on 90,000 generated strings), so a
      // token not found cannot happen; if it ever did, it is skipped and the cursor stays put.
      const at = text.indexOf(surface, cursor);
      if (at < 0) return;
      cursor = at + surface.length;
      // wink gives tabs and line separators tokens of their own (tagged SPACE): they are not words,
      // and a sentence should neither start nor end with one.
      if (surface.trim() === '') return;
      tokens.push({
        text: surface,
        start: base + at,
        end: base + cursor,
        lemma: String(lemmas[k]).toLowerCase(),
        pos: String(tags[k]),
        lower: surface.toLowerCase(),
      });
    });
    if (tokens.length > 0) {
      sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
    }
  });
  return sentences;
}
