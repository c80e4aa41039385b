import { normalise } from '../../text/line-key.js';

/** A non-empty line of a source with its offsets (trimmed of surrounding white space). */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Index among non-empty lines. */
  index: number;
  /** The text in lower case with its runs of white space folded to one space: how lines are compared. */
  normal: string;
}

// \s in JS covers the no-break space (U+00A0) that scraped articles carry.
const EDGE = /^\s+|\s+$/g;

/** Splits a text into its non-empty lines, keeping exact offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^\s+/, '').length;
    const trimmed = raw.replace(EDGE, '');
    if (trimmed.length === 0) continue;
    const start = m.index + lead;
    // Made once here: the role rules compare each line with its neighbours and the title.
    lines.push({
      start,
      end: start + trimmed.length,
      text: trimmed,
      index: lines.length,
      normal: normalise(trimmed),
    });
  }
  return lines;
}
