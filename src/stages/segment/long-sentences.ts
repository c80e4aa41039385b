import type { Diagnostic } from '../../model/diagnostic.js';
import { counted } from '../../text/counted.js';
import type { TokenizedSentence } from '../../text/nlp.js';

/**
 * The longest sentence kept whole, in UTF-16 code units. News sentences rarely pass 600
 * characters; a longer "sentence" is a table, a list or text without punctuation, and every
 * later stage spends time per sentence that grows faster than its length (issue 12, row 1).
 */
export const MAX_SENTENCE_CHARS = 2000;

/** The pieces a sentence became and what to tell the user about it. */
export interface BoundedSentences {
  pieces: TokenizedSentence[];
  diagnostics: Diagnostic[];
}

function piece(tokens: TokenizedSentence['tokens']): TokenizedSentence {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

/**
 * Where to end a chunk that starts at token `from`: after the last token that still fits, at a
 * whitespace gap when there is one (so words stay whole), else at any token boundary.
 */
function chunkEnd(tokens: TokenizedSentence['tokens'], from: number, max: number): number {
  const limit = tokens[from].start + max;
  let fits = from;
  while (fits + 1 < tokens.length && tokens[fits + 1].end <= limit) fits++;
  if (fits + 1 >= tokens.length) return tokens.length;
  for (let i = fits; i > from; i--) if (tokens[i + 1].start > tokens[i].end) return i + 1;
  return fits + 1;
}

/**
 * Splits a sentence longer than `max` at whitespace into chunks of at most `max` code units.
 * A single token longer than `max` (a run of text with no space) is skipped. Both are reported
 * as a diagnostic, so the reader knows the sentence boundaries there are not the author's.
 */
export function boundSentence(
  sentence: TokenizedSentence,
  sourceId: string,
  max = MAX_SENTENCE_CHARS,
): BoundedSentences {
  if (sentence.end - sentence.start <= max) return { pieces: [sentence], diagnostics: [] };
  const pieces: TokenizedSentence[] = [];
  let skipped = 0;
  for (let from = 0; from < sentence.tokens.length; ) {
    const to = chunkEnd(sentence.tokens, from, max);
    const chunk = piece(sentence.tokens.slice(from, to));
    if (chunk.end - chunk.start <= max) pieces.push(chunk);
    else skipped += chunk.end - chunk.start;
    from = to;
  }
  const length = sentence.end - sentence.start;
  // No piece left: the whole sentence was one run without a space (user trial 18, item 22).
  const split =
    pieces.length === 0
      ? 'could not be split at a space'
      : `was split into ${counted(pieces.length, 'piece')} of at most ${max}`;
  const message =
    `${sourceId}: a sentence of ${length} characters at offset ${sentence.start} ${split}` +
    (skipped > 0 ? `, and ${skipped} characters without a space were skipped` : '');
  return {
    pieces,
    diagnostics: [{ code: 'segment/long-sentence', severity: 'warning', message, source: sourceId }],
  };
}
