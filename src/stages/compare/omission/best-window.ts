import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';
import { windowsWith } from './window-hits.js';

// Inputs: a sentence's anchors and the windows of the other article. How much of what the
// sentence says the other article leaves out, in one window and in the whole.

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
  const covered = windows.map(() => 0);
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
 * as present, and its synonyms and stem as its words (what `windowsWith` looks up).
 */
export function inOtherWords(a: Anchor): Anchor {
  if (!a.reworded || !a.otherForms) return a;
  const words = [...(a.words ?? []), ...a.otherForms];
  return { ...a, present: true, words, in: (x: Mentions) => words.some((w) => x.lemmas.has(w)) };
}

/** The share of a sentence's anchor weight that the other article never mentions. */
export function novelty(anchors: Anchor[]): number {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  return total === 0 ? 0 : anchors.filter((a) => !a.present).reduce((n, a) => n + a.weight, 0) / total;
}

/** The share of a sentence's anchor weight that the other article says in no words at all (a reworded word is said). */
export function unsaid(anchors: Anchor[]): number {
  return novelty(anchors.map(inOtherWords));
}
