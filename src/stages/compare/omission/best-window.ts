import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';
import { windowsWith } from './window-hits.js';

// Inputs: a sentence's anchors and the windows of the other article. How much of what the
// sentence says the other article leaves out, in one window and in the whole.

// Sums per window, asked for every body sentence of every pair: a few arrays reused from call to
// call (as align's lcs.ts reuses its vector), zeroed before each use and never kept past it
// (issue 13: five arrays a sentence, one elements-kind change each, speed22).
const scratch: Float64Array[] = [];

/** The `slot`th reused array, its first `n` entries zero (only those are read). */
function zeroed(slot: number, n: number): Float64Array {
  if ((scratch[slot]?.length ?? 0) < n) scratch[slot] = new Float64Array(Math.max(64, 2 * n));
  const sums = scratch[slot];
  sums.fill(0, 0, n);
  return sums;
}

/**
 * The window of the other article that mentions most of a sentence's anchors together, and the
 * share of the anchor weight it leaves out: a paraphrase sits in one or two sentences there,
 * while the words of a new fact are at most scattered.
 */
export function bestWindow(anchors: Anchor[], windows: Mentions[]): { window?: Mentions; local: number } {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  if (total === 0) return { local: 0 };
  // A window is part of the other article, so what it mentions the whole article mentions: an
  // anchor absent there is absent from every window and is not looked for (speed; same result).
  const present = anchors.filter((a) => a.present);
  // Each window's weight is summed in anchor order, as a filter over the anchors would.
  const covered = zeroed(0, windows.length);
  for (const a of present) for (const i of windowsWith(a, windows)) covered[i] += a.weight;
  let best = 0;
  let window: Mentions | undefined;
  // The first of tied windows is kept (strict >).
  for (let i = 0; i < windows.length; i++) {
    if (covered[i] > best) [best, window] = [covered[i], windows[i]];
  }
  return { window, local: 1 - best / total };
}

/**
 * An anchor as a window of the other article finds it in other words too: a reworded word counts
 * as present, and its synonyms and stem as its words (what `windowsWith` looks up); a reworded
 * figure, by its reach (anchors.ts `roundReach`).
 */
function inOtherWords(a: Anchor): Anchor {
  if (!a.reworded) return a;
  if (a.otherForms) {
    const words = [...(a.words ?? []), ...a.otherForms];
    return { ...a, present: true, words, in: (x: Mentions) => words.some((w) => x.lemmas.has(w)) };
  }
  const near = a.inOther;
  return near ? { ...a, present: true, in: (x: Mentions) => a.in(x) || near(x) } : a;
}

/**
 * What the other article says in other words beside its counterpart: the window where most of the
 * sentence is said, counting a rounded figure only in a window that also says another of the
 * sentence's anchors: anywhere in the article, "$2.09 billion" for a budget would answer "$2 billion"
 * for bridges (review of omit9, item 3). A synonym or derived form counts in any window: requiring
 * another anchor beside it too (item 5) was measured and left off, as readers' judged WRONG
 * omissions came back. `said` holds the keys of the anchors said there in other words.
 */
export function saidNear(anchors: Anchor[], windows: Mentions[]): { local: number; said: string[] } {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  if (total === 0) return { local: 0, said: [] };
  const own = zeroed(0, windows.length);
  const other = zeroed(1, windows.length);
  const figures = zeroed(2, windows.length);
  const count = zeroed(3, windows.length);
  for (const a of anchors.filter((x) => x.present))
    for (const i of windowsWith(a, windows)) {
      own[i] += a.weight;
      count[i]++;
    }
  const reworded = anchors.filter((x) => !x.present && x.reworded).map(inOtherWords);
  const hits = reworded.map((a) => windowsWith(a, windows));
  reworded.forEach((a, k) => {
    for (const i of hits[k]) {
      if (a.type === 'figure') figures[i] += a.weight;
      else other[i] += a.weight;
      count[i]++;
    }
  });
  let [best, at] = [0, -1];
  // The first of tied windows is kept (strict >).
  for (let i = 0; i < windows.length; i++) {
    const covered = own[i] + other[i] + (count[i] > 1 ? figures[i] : 0);
    if (covered > best) [best, at] = [covered, i];
  }
  const beside = (a: Anchor) => a.type !== 'figure' || count[at] > 1;
  const said = at >= 0 ? reworded.filter((a, k) => hits[k].includes(at) && beside(a)).map((a) => a.key) : [];
  return { local: 1 - best / total, said };
}

/** The share of a sentence's anchor weight that the other article never mentions. */
export function novelty(anchors: Anchor[]): number {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  return total === 0 ? 0 : anchors.filter((a) => !a.present).reduce((n, a) => n + a.weight, 0) / total;
}
