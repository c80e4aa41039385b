import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';

// Inputs: an anchor of a sentence and the windows of the other article (built once per source).
// Which windows mention the anchor, found once per anchor: `bestWindow` and `restated` both ask it
// of every window, and a word is found through an index of the windows' lemmas, built once per
// windows list, instead of in each window's set (issue 13: the omission rule's self time).

const lemmaIndexes = new WeakMap<Mentions[], Map<string, number[]>>();

/** Per lemma, the indices (ascending) of the windows whose lemmas hold it. */
function lemmaIndex(windows: Mentions[]): Map<string, number[]> {
  let index = lemmaIndexes.get(windows);
  if (!index) {
    index = new Map();
    for (let i = 0; i < windows.length; i++)
      for (const lemma of windows[i].lemmas) {
        const list = index.get(lemma);
        if (list) list.push(i);
        else index.set(lemma, [i]);
      }
    lemmaIndexes.set(windows, index);
  }
  return index;
}

/** Ascending union of two ascending lists of indices. */
function union(x: number[], y: number[]): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < x.length || j < y.length) {
    const next = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
    if (i < x.length && x[i] === next) i += 1;
    if (j < y.length && y[j] === next) j += 1;
    out.push(next);
  }
  return out;
}

const hitsCache = new WeakMap<Anchor, { windows: Mentions[]; hits: number[] }>();

/** The indices (ascending) of the windows that mention an anchor: those for which `anchor.in` holds. */
export function windowsWith(anchor: Anchor, windows: Mentions[]): number[] {
  const cached = hitsCache.get(anchor);
  if (cached && cached.windows === windows) return cached.hits;
  let hits: number[];
  if (anchor.words) {
    const index = lemmaIndex(windows);
    hits = anchor.words.reduce<number[]>((found, w) => union(found, index.get(w) ?? []), []);
  } else {
    hits = [];
    for (let i = 0; i < windows.length; i++) if (anchor.in(windows[i])) hits.push(i);
  }
  hitsCache.set(anchor, { windows, hits });
  return hits;
}
