// Inputs: one analysed source. Output: the ranges of its text that stand inside quotation marks,
// paragraph by paragraph. Words inside a quote are the speaker's, not the outlet's (issue 10), so a
// label there is not the outlet's framing. Until quotation spans come from extraction (issue 11),
// the marks are read here from the text.

import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { paragraphs } from '../paragraphs.js';

/** A half-open range of source offsets. */
export type Range = [number, number];

const LETTER = /[\p{L}\p{N}]/u;
/** What may stand before an opening single quote: nothing, a space, a bracket, a dash, a colon or a double quote. */
const OPENER = /^$|^[\s([—\-"“:]$/u;

/**
 * Quoted ranges of one paragraph's text, shifted by `offset`. Curly marks say which way they
 * face; a straight `"` toggles. A single quote opens only before a letter after a space or a
 * double quote (so "Korea's" and "Democrats'" stay apostrophes) and closes only before a
 * non-letter. A quote still open at the end of the paragraph runs to its end: the convention
 * for a quotation that goes on in the next paragraph, which opens with a mark of its own.
 */
export function quotedRangesOf(text: string, offset = 0): Range[] {
  const ranges: Range[] = [];
  let double: number | null = null;
  let single: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : '';
    const next = text[i + 1] ?? '';
    if (c === '“' || (c === '"' && double === null)) {
      if (double === null) double = i;
    } else if (c === '”' || c === '"') {
      if (double !== null) ranges.push([offset + double, offset + i + 1]);
      double = null;
      single = null;
    } else if ((c === '‘' || c === "'") && single === null && OPENER.test(prev) && LETTER.test(next)) {
      single = i;
    } else if ((c === '’' || c === "'") && single !== null && !LETTER.test(next)) {
      ranges.push([offset + single, offset + i + 1]);
      single = null;
    }
  }
  const open = [double, single].filter((x): x is number => x !== null);
  if (open.length > 0) ranges.push([offset + Math.min(...open), offset + text.length]);
  return merged(ranges);
}

/** Sorted ranges with nested and overlapping ones merged, so that a binary search can find them. */
function merged(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const cache = new WeakMap<AnalyzedSource, Range[]>();

/** Every quoted range of a source, sorted; computed once per source. */
export function quotedRanges(source: AnalyzedSource): Range[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const ranges = paragraphs(source.sentences).flatMap((group) => {
    const start = group[0].start;
    const end = group[group.length - 1].end;
    return quotedRangesOf(source.text.slice(start, end), start);
  });
  cache.set(source, ranges);
  return ranges;
}

/** True when offset `at` lies inside one of the sorted `ranges` (binary search). */
export function insideRange(ranges: Range[], at: number): boolean {
  let [lo, hi] = [0, ranges.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < ranges[mid][0]) hi = mid - 1;
    else if (at >= ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
