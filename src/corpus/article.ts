/** One article of a corpus, its columns mapped onto crosscheck's fields. */
export interface CorpusArticle {
  outlet: string;
  /** `YYYY-MM-DD`, or undefined when the row has no readable date. */
  published?: string;
  title?: string;
  url?: string;
  text: string;
  /** The event the row already names, when the corpus has an event column. */
  event?: string;
}

/** A row read from a corpus: its position, its original fields, and the article or why it was skipped. */
export type CorpusEntry =
  | { at: RowPlace; record: Record<string, unknown>; article: CorpusArticle }
  | { at: RowPlace; problem: string };

/** Where a row sits: its line (1-based, the first line of a multi-line CSV record), and its file in a folder corpus. */
export interface RowPlace {
  line: number;
  file?: string;
}

/** Which input column feeds each field: the first name present in a row wins. */
export interface ColumnMap {
  outlet: string[];
  published: string[];
  title: string[];
  url: string[];
  text: string[];
  event: string[];
}

/** The corpus formats crosscheck reads. */
export type CorpusFormat = 'jsonl' | 'csv' | 'json';
