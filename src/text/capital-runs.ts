// Runs of capitalised words in a source's text, for speaker keys and kinds (speaker-key.ts,
// tables/source-speakers.ts): "Ruth Okafor", "The Justice Department". Review of research11, M4:
// the regular expression /(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]+/gu that found them
// re-scans a run from each of its capitals and backtracks, so a long run of one-letter capitals
// ("A A A …") took seconds. This scanner finds the same matches in one walk over the words.

/** Which runs: across any white space with dotted words before the last ("Gov. Ana Ruiz"), or within a line of spaces, no dots. */
export type RunShape = 'dotted' | 'spaced';

const LETTER = /[\p{L}'’-]/u;
const DOTTED = /[\p{L}.'’-]/u;
const UPPER = /\p{Lu}/u;

/** A stretch of text between separators: [start, end). */
interface Piece {
  start: number;
  end: number;
}

function piecesOf(text: string, shape: RunShape): Piece[] {
  const pieces: Piece[] = [];
  for (const m of text.matchAll(shape === 'dotted' ? /\S+/gu : /[^ ]+/gu))
    pieces.push({ start: m.index, end: m.index + m[0].length });
  return pieces;
}

/**
 * The runs of capitalised words in `text`, as the regular expression above (`dotted`) or its
 * one-line form /(?:\p{Lu}[\p{L}'’-]* +)+\p{Lu}[\p{L}'’-]+/gu (`spaced`) matches them, in order:
 * two or more words, each opening with a capital, the last of two letters or more and without
 * a dot. Linear in the length of the text.
 */
export function capitalRuns(text: string, shape: RunShape): string[] {
  const inner = shape === 'dotted' ? DOTTED : LETTER;
  const pieces = piecesOf(text, shape);
  const n = pieces.length;
  // A whole piece that can stand before another word of a run: a capital, then inner characters.
  const full = pieces.map((p) => UPPER.test(text[p.start]) && allOf(text, p.start + 1, p.end, inner));
  // How far a run that starts in piece i can go on: the last j with pieces i+1..j all full.
  const reach = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) reach[i] = i + 1 < n && full[i + 1] ? reach[i + 1] : i;
  // The end of the last word a piece can end a run with: a capital and one letter or more.
  const lastEnd = pieces.map((p) => finalEnd(text, p.start, p.end));
  // The last piece at or before j that can end a run, or -1.
  const lastFinal = new Array<number>(n);
  for (let j = 0; j < n; j++) lastFinal[j] = lastEnd[j] > 0 ? j : j > 0 ? lastFinal[j - 1] : -1;
  const runs: string[] = [];
  let i = 0;
  let from = n > 0 ? pieces[0].start : 0;
  while (i < n) {
    const start = runStart(text, from, pieces[i].end, inner);
    if (start < 0) {
      i++;
      if (i < n) from = pieces[i].start;
      continue;
    }
    const j = lastFinal[Math.min(reach[i] + 1, n - 1)];
    if (j <= i) {
      i = reach[i] + 1;
      if (i < n) from = pieces[i].start;
      continue;
    }
    runs.push(text.slice(start, lastEnd[j]));
    // The rest of the last piece may open the next run ("Ruiz.Okafor").
    i = j;
    from = lastEnd[j];
  }
  return runs;
}

function allOf(text: string, from: number, to: number, set: RegExp): boolean {
  for (let k = from; k < to; k++) if (!set.test(text[k])) return false;
  return true;
}

/** Where a run may start in text[from, to): the first capital of the piece's last stretch of inner characters, or -1. */
function runStart(text: string, from: number, to: number, inner: RegExp): number {
  let k = to;
  while (k > from && inner.test(text[k - 1])) k--;
  for (; k < to; k++) if (UPPER.test(text[k])) return k;
  return -1;
}

/** The end of a run's last word at text[start, end): a capital and letters, at least two; 0 when none. */
function finalEnd(text: string, start: number, end: number): number {
  if (!UPPER.test(text[start])) return 0;
  let k = start + 1;
  while (k < end && LETTER.test(text[k])) k++;
  return k - start >= 2 ? k : 0;
}
