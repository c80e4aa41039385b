import type { Anchor, NameTest } from './anchors.js';
import type { Mentions } from './mentions.js';
import { type NameLookup, nameKey, nameMentioned, relatedName } from './name-mentioned.js';

// Inputs: an anchor of a sentence and the windows of the other article (built once per source).
// Which windows mention the anchor, found once per anchor: `bestWindow` and `restated` both ask it
// of every window, and a word is found through an index of the windows' lemmas, built once per
// windows list, instead of in each window's set (issue 13: the omission rule's self time). A
// name's hits are kept per windows list and nameKey, so they last across the pairs of a source.

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

/**
 * Ascending union of two ascending lists of indices. An empty or identical list gives the other
 * list itself, not a copy (most words are found by one form, or by a lemma that is their form):
 * the lists are read, never changed (issue 13: the copies were 1.7 % of a pair's bytes, speed22).
 */
function union(x: number[], y: number[]): number[] {
  if (x.length === 0 || x === y) return y;
  if (y.length === 0) return x;
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

/** Per capitalised word and per acronym, the windows (ascending) that hold it; once per windows list. */
interface NameIndex {
  capitals: Map<string, number[]>;
  acronyms: Map<string, number[]>;
  states: Map<string, number[]>;
  /** Per name word, the capitals of the windows related to it (`relatedName`). */
  related: Map<string, string[]>;
  /** Per name (`nameKey`), the windows that mention it: the same names recur in a pair and in an event's pairs. */
  hits: Map<string, number[]>;
}

const nameIndexes = new WeakMap<Mentions[], NameIndex>();

function nameIndex(windows: Mentions[]): NameIndex {
  let index = nameIndexes.get(windows);
  if (!index) {
    index = {
      capitals: new Map(),
      acronyms: new Map(),
      states: new Map(),
      related: new Map(),
      hits: new Map(),
    };
    for (let i = 0; i < windows.length; i++) {
      for (const c of windows[i].capitals) add(index.capitals, c, i);
      for (const x of windows[i].acronyms) add(index.acronyms, x, i);
      for (const s of windows[i].states) add(index.states, s, i);
    }
    nameIndexes.set(windows, index);
  }
  return index;
}

function add(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (list) list.push(i);
  else index.set(key, [i]);
}

/**
 * The windows a name anchor's `in` holds for (`nameMentioned`, the same function its `in` asks of
 * one window), found through the indices: each part of the name is looked up as a mark per window,
 * and a window's capitals are among all windows' capitals, so the related ones are found once per
 * head word.
 */
function nameHits(name: NameTest, windows: Mentions[]): number[] {
  const index = nameIndex(windows);
  const key = nameKey(name);
  let hits = index.hits.get(key);
  if (!hits) {
    hits = findNameHits(name, windows, index);
    index.hits.set(key, hits);
  }
  return hits;
}

function findNameHits(name: NameTest, windows: Mentions[], index: NameIndex): number[] {
  const { capitals, acronyms, states, related } = index;
  const lemmas = lemmaIndex(windows);
  const marks = (...lists: (number[] | undefined)[]) => {
    const hit = new Uint8Array(windows.length);
    for (const list of lists) for (const i of list ?? []) hit[i] = 1;
    return hit;
  };
  const at: NameLookup<Uint8Array> = {
    capital: (w) => marks(capitals.get(w)),
    acronym: (x) => marks(acronyms.get(x)),
    related: (w) => {
      let others = related.get(w);
      if (!others) {
        others = [...capitals.keys()].filter((c) => relatedName(w, c));
        related.set(w, others);
      }
      return marks(...others.map((c) => capitals.get(c)));
    },
    lemma: (w) => marks(lemmas.get(w)),
    state: (s) => marks(states.get(s)),
    some: (parts) => combined(parts, marks(), (x, y) => x | y),
    every: (parts) => combined(parts, marks().fill(1), (x, y) => x & y),
  };
  const hit = nameMentioned(name, at);
  const hits: number[] = [];
  for (let i = 0; i < windows.length; i++) if (hit[i]) hits.push(i);
  return hits;
}

/**
 * `marks` with each part's marks folded in by `op`, in place: the parts are pure lookups, so
 * reading them one by one gives what mapping them all first did, without a new array per part
 * and per fold (issue 13: `some` was 3 % of what a source's first pair allocated, speed31).
 */
function combined(
  parts: (() => Uint8Array)[],
  marks: Uint8Array,
  op: (x: number, y: number) => number,
): Uint8Array {
  for (const part of parts) {
    const y = part();
    for (let i = 0; i < marks.length; i++) marks[i] = op(marks[i], y[i]);
  }
  return marks;
}

const hitsCache = new WeakMap<Anchor, { windows: Mentions[]; hits: number[] }>();

/** The indices (ascending) of the windows that mention an anchor: those for which `anchor.in` holds (read-only: it may be an index's own list). */
export function windowsWith(anchor: Anchor, windows: Mentions[]): number[] {
  // A word's windows are its forms' lists in the index, most often one of them itself (`union`):
  // found again for less than remembering them cost. Anchors are new each pair, so each memo was
  // a new WeakMap entry, the costliest line of omission's profile (speed25); words are most anchors.
  if (anchor.words) return wordHits(anchor.words, windows);
  const cached = hitsCache.get(anchor);
  if (cached && cached.windows === windows) return cached.hits;
  let hits: number[];
  if (anchor.name) {
    hits = nameHits(anchor.name, windows);
  } else {
    hits = [];
    for (let i = 0; i < windows.length; i++) if (anchor.in(windows[i])) hits.push(i);
  }
  hitsCache.set(anchor, { windows, hits });
  return hits;
}

/** The windows whose lemmas hold any of `words` (ascending). */
function wordHits(words: string[], windows: Mentions[]): number[] {
  const index = lemmaIndex(windows);
  let hits: number[] = [];
  for (const w of words) hits = union(hits, index.get(w) ?? []);
  return hits;
}
