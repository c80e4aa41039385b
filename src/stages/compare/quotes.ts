import type { TextRange } from '../../model/span.js';

/**
 * Quotation spans of a text, as `[start, end)` offsets: curly quotes open and close, a straight
 * `"` toggles. A quote that runs past the end of its paragraph continues when the next paragraph
 * opens with a quotation mark (the newspaper convention of an unclosed paragraph), else it ends
 * there. Inputs: the source text after its front matter.
 */
export function quotedRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n' && open >= 0) {
      const next = text.slice(i).trimStart()[0];
      if (next !== '“' && next !== '"') {
        ranges.push({ start: open, end: i });
        open = -1;
      }
    } else if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if (ch === '”' || ch === '"') {
      if (open >= 0) ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

/** Whether a range lies inside one of the quotation spans (sorted by start). */
export function isQuoted(ranges: { start: number; end: number }[], range: TextRange): boolean {
  return ranges.some((q) => q.start <= range.start && range.end <= q.end);
}
