import type { TextRange } from '../../../model/span.js';

/** A quotation span: half-open offsets into the source text. */
export interface QuoteRange {
  start: number;
  end: number;
}

/** A straight `"` opens a quotation at the start of a line or after a space or bracket, else closes one. */
const opensAt = (text: string, i: number) => i === 0 || /[\s([{—–-]/u.test(text[i - 1]);

/**
 * Quotation spans of a text: curly quotes open and close; a straight `"` opens after a space
 * and closes after a word, so a quote whose opening mark the source lost ("Just heard …," he
 * tweeted.) still closes where it should, from the start of its paragraph. A quote that runs
 * past its paragraph continues when the next paragraph opens with a quotation mark (the
 * newspaper convention), else it ends there. Inputs: the source text after its front matter.
 */
export function quotedRanges(text: string): readonly QuoteRange[] {
  let ranges = recent.get(text);
  if (!ranges) {
    ranges = scanQuotes(text);
    // The texts of the last pairs only: a batch must not keep every text it read.
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(text, ranges);
  }
  return ranges;
}

// Each pair asks for both texts' spans five times (facts, voice, nested reports, verbs, quote
// divergence: issue 13). The answer is a function of the text alone, so the last few are kept.
const RECENT = 8;
const recent = new Map<string, readonly QuoteRange[]>();

function scanQuotes(text: string): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let open = -1;
  let paragraph = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      const next = text.slice(i).trimStart()[0];
      if (open >= 0 && next !== '“' && next !== '"') {
        ranges.push({ start: open, end: i });
        open = -1;
      }
      paragraph = i + 2;
    } else if (ch === '“' || (ch === '"' && opensAt(text, i))) {
      if (open < 0) open = i;
    } else if (ch === '”' || ch === '"') {
      ranges.push({ start: open >= 0 ? open : paragraph, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

/** Whether a range lies inside one of the quotation spans. */
export function isQuoted(
  ranges: readonly QuoteRange[],
  range: TextRange | { start: number; end: number },
): boolean {
  return ranges.some((q) => q.start <= range.start && range.end <= q.end);
}
