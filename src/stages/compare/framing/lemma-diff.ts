// Inputs: the tokens of two linked groups of sentences. Output: the runs a lemma diff replaces,
// each with the length of the equal context around it: the places where one outlet swapped words.
import { diffArrays } from 'diff';
import type { Sentence, Token } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';

/** A token of a linked group of sentences, with the sentence it belongs to. */
export interface Place {
  token: Token;
  sentence: Sentence;
  index: number;
}

/** One replaced run between equal anchors: [from, to) on each side, and the anchors' lengths. */
export interface Hunk {
  a: [number, number];
  b: [number, number];
  left: number;
  right: number;
}

/** The replaced runs of a lemma diff, each with the length of the equal runs around it. */
export function hunks(a: Place[], b: Place[]): Hunk[] {
  const lemma = (p: Place) => straightApostrophes(p.token.lemma);
  const changes = diffArrays(a.map(lemma), b.map(lemma));
  const found: Hunk[] = [];
  let [ia, ib, left] = [0, 0, 0];
  let open: Hunk | null = null;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) found.push({ ...open, right: change.count ?? 0 });
      open = null;
      left = change.count ?? 0;
      ia += left;
      ib += left;
      continue;
    }
    open ??= { a: [ia, ia], b: [ib, ib], left, right: 0 };
    if (change.removed) ia += change.count ?? 0;
    else ib += change.count ?? 0;
    open.a[1] = ia;
    open.b[1] = ib;
  }
  if (open) found.push(open);
  return found.filter((h) => h.a[1] > h.a[0] && h.b[1] > h.b[0] && h.left + h.right > 0);
}
