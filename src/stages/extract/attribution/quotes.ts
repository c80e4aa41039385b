// Quotation spans over a segmented source, in one left-to-right pass over its characters.
// Curly marks open and close unambiguously; a straight double mark opens when no quote is open
// and closes otherwise. Single marks are left alone: they are apostrophes or nested quotes.
// A quote still open at the end of a paragraph continues when the next paragraph opens with a
// quotation mark (the newspaper convention for a quote that runs over several paragraphs);
// otherwise it ends with the paragraph.
import type { Sentence } from '../../../model/source.js';

/** A quotation: one piece per paragraph it covers, marks included. */
export interface Quote {
  pieces: { start: number; end: number }[];
}

const OPEN = /^(?:[“"]|'')/u;

interface Paragraph {
  start: number;
  end: number;
}

/** Paragraph ranges from the sentences (sentences know their paragraph), in text order. */
function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph !== current) {
      paragraphs.push({ start: s.start, end: s.end });
      current = s.paragraph;
    } else paragraphs[paragraphs.length - 1].end = s.end;
  }
  return paragraphs;
}

/** The quotations of a source, in text order. */
export function findQuotes(text: string, sentences: readonly Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = paragraphsOf(sentences);
  let open: Quote | null = null;
  let openAt = 0;
  paragraphs.forEach((p, n) => {
    let i = p.start;
    // A quote carried over from the paragraph before goes on from this paragraph's opening mark.
    if (open) {
      openAt = p.start;
      i += text.startsWith("''", p.start) ? 2 : 1;
    }
    for (; i < p.end; i++) {
      // Most characters are no quotation mark: their code alone passes them.
      const code = text.charCodeAt(i);
      if (code !== 0x22 && code !== 0x27 && code !== 0x201c && code !== 0x201d) continue;
      // Two apostrophes stand for a straight double mark in some archives ('' … '').
      const doubled = text[i] === "'" && text[i + 1] === "'";
      const ch = doubled ? '"' : text[i];
      if (doubled) i++;
      if (ch === '“' || (ch === '"' && !open)) {
        const at = doubled ? i - 1 : i;
        if (open) open.pieces.push({ start: openAt, end: at });
        open = { pieces: [] };
        quotes.push(open);
        openAt = at;
      } else if (open && (ch === '”' || ch === '"')) {
        open.pieces.push({ start: openAt, end: i + 1 });
        open = null;
      }
    }
    if (!open) return;
    open.pieces.push({ start: openAt, end: p.end });
    const next = paragraphs[n + 1];
    if (!next || !OPEN.test(text.slice(next.start, next.start + 2))) open = null;
  });
  return quotes.filter((q) => q.pieces.length > 0);
}

/** A test for "lies strictly inside a quotation", by binary search over the quotations' pieces. */
export function insideQuotes(quotes: readonly Quote[]): (start: number, end: number) => boolean {
  const pieces = quotes.flatMap((q) => q.pieces);
  return (start, end) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].end <= start) lo = mid + 1;
      else if (pieces[mid].start >= end) hi = mid - 1;
      else return pieces[mid].start < start && end < pieces[mid].end;
    }
    return false;
  };
}
