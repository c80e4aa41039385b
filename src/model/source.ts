import type { Diagnostic } from './diagnostic.js';

/** The role a line plays on the page; only `headline` and `body` sentences carry claims. */
export type LineRole = 'headline' | 'body' | 'caption' | 'boilerplate';

/** Front matter of a source file. Every field is optional in the file; `outlet` falls back to the file name. */
export interface SourceMeta {
  outlet: string;
  /** Publication date as `YYYY-MM-DD`, the reference for relative dates. */
  published?: string;
  url?: string;
  title?: string;
  language?: string;
  leaning?: string;
}

/** A source file as read from disk: its metadata and the text after the front matter. */
export interface RawSource {
  /** File name without extension: `presstv`. */
  id: string;
  /** Name of the folder that holds the file, taken as the event id. */
  event: string;
  /** The path as given (error messages name it). */
  path: string;
  /**
   * The path reports and claims files record. `readSource` (I/O) makes it `<event folder>/<file
   * name>` of the resolved path, so it does not depend on how the path was typed; a source built
   * from a string (`analyzeText`) records the path it was given (review-ux6 item 4).
   */
  recordedPath: string;
  meta: SourceMeta;
  /**
   * The source text after front matter, as received; when the front matter's `title` is not
   * already among the first lines, that title and a blank line come first (see `bodyStart`).
   * All offsets point into it.
   */
  text: string;
  /** Where the file's body starts in `text`, present only when the title was put before it. */
  bodyStart?: number;
  /** sha256 of the whole file, for caching claims. */
  hash: string;
  diagnostics: Diagnostic[];
}

/** A token with exact offsets into the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased lemma. */
  lemma: string;
  /** Universal POS tag from wink-nlp: NOUN, VERB, PROPN, NUM, PUNCT… */
  pos: string;
  /** Lower-cased surface form. */
  lower: string;
}

/** A sentence with exact offsets, its line role and its paragraph number. */
export interface Sentence {
  /** `s1`, `s2`… in reading order. */
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  role: LineRole;
  /** Index of the paragraph (blank-line separated block) that holds the sentence. */
  paragraph: number;
  tokens: Token[];
}

/** A source after segmentation. */
export interface SegmentedSource extends RawSource {
  sentences: Sentence[];
}
