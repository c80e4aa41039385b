/** Which of the two compared sources an item belongs to. */
export type Side = 'a' | 'b';

/**
 * Evidence in a source: half-open UTF-16 offsets into that source's `text`
 * (the text after front matter), with `text.slice(start, end) === span.text`.
 */
export interface Span {
  /** Id of the sentence that holds the span, e.g. `s4`. */
  sentence: string;
  start: number;
  end: number;
  text: string;
}

/** A piece of a sentence without the sentence id (used inside claims). */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}
