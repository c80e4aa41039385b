import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import type { Token } from '../model/source.js';

// One wink instance for the process: loading the model takes ~60 ms.
// Only sentence boundaries and POS are needed; NER and negation cost time we do not use.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
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
 * `base` is added so that offsets point into the whole source.
 */
export function tokenizeLine(text: string, base: number): TokenizedSentence[] {
  const doc = nlp.readDoc(text);
  const sentences: TokenizedSentence[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens: Token[] = [];
    sentence.tokens().each((t: ItemToken) => {
      const surface = t.out();
      const at = text.indexOf(surface, cursor);
      // A token wink rewrote (rare) cannot be located; skip it rather than guess offsets.
      if (at < 0 || at - cursor > 64) return;
      cursor = at + surface.length;
      tokens.push({
        text: surface,
        start: base + at,
        end: base + cursor,
        lemma: String(t.out(lemmaOf)).toLowerCase(),
        pos: String(t.out(its.pos)),
        lower: surface.toLowerCase(),
      });
    });
    if (tokens.length > 0) {
      sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
    }
  });
  return sentences;
}
