import { normalise } from '../../text/line-key.js';

/** The text the pipeline reads: the front matter's title as a headline line, then the body. */
export interface TitledText {
  text: string;
  /** Where the file's body starts in `text`: 0 when nothing was put before it. */
  bodyStart: number;
}

/** How many leading lines may already hold the headline (a section tag such as "News / Syria" can precede it). */
const HEAD_LINES = 3;

/**
 * Scraped corpora (BASIL) keep the headline only in the front matter's `title`. A headline is
 * what researchers compare first (issue 10), so when none of the body's first lines repeats the
 * title, the title is put before the body as its own line, followed by a blank line, and every
 * offset in the report points into that text; `bodyStart` records where the file's body begins,
 * so offsets into the file's body are `offset - bodyStart`.
 */
export function withTitle(body: string, title: string | undefined): TitledText {
  const headline = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (headline === '') return { text: body, bodyStart: 0 };
  const lines = body
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, HEAD_LINES);
  if (lines.some((line) => normalise(line) === normalise(headline))) return { text: body, bodyStart: 0 };
  const text = `${headline}\n\n${body}`;
  return { text, bodyStart: text.length - body.length };
}
