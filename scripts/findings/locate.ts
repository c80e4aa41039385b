/** Finding quotes and judged spans again in a report's text, which may have moved since judging. */

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

// Curly quotes and dashes differ between the reader's quotes and the texts; both sides are
// folded one code unit for one code unit, so offsets in the folded text are offsets in the text.
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = FOLD[c] ?? (lower.length === c.length ? lower : c);
    out += one;
  }
  return out;
}

/** Every occurrence of `needle` in `text`, exact first, then case-, quote- and dash-folded. */
export function occurrences(text: string, needle: string): Range[] {
  if (needle.length === 0) return [];
  for (const [hay, pin] of [
    [text, needle],
    [fold(text), fold(needle)],
  ]) {
    const found: Range[] = [];
    for (let at = hay.indexOf(pin); at >= 0; at = hay.indexOf(pin, at + 1))
      found.push({ start: at, end: at + pin.length });
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A judged span `[start, end, text]` in the current text: where it was, or else the occurrence
 * of its text nearest to where it was (a headline prepended to the text shifts every offset).
 */
export function relocate(text: string, start: number, end: number, spanText: string): Range | null {
  if (text.slice(start, end) === spanText) return { start, end };
  const found = occurrences(text, spanText);
  if (found.length === 0) return null;
  return found.reduce((best, r) => (Math.abs(r.start - start) < Math.abs(best.start - start) ? r : best));
}

/** Whether two half-open ranges share at least one code unit. */
export function overlaps(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}
