import type { OmittedItem } from './items.js';

/** Absent words this rare (anchor weight) tie two sentences to the same development. */
const TYING_WORD = 2;

const keysOf = (item: OmittedItem): string[] =>
  item.absent.filter((a) => a.type !== 'word' || a.weight >= TYING_WORD).map((a) => a.key);

/**
 * A figure alone (no name) in the next sentence of a paragraph continues the development before
 * it; not when one place in the other article says most of the rest of its sentence: there the
 * other gives the fact without the figure ("for all but the wealthy" against "except those with
 * income above $250,000"), a less precise counterpart, not part of an omitted development.
 */
const figuresOnly = (item: OmittedItem) =>
  !item.whole && item.local > RESTATED_ELSEWHERE && item.absent.every((a) => a.type === 'figure');
/** The share of a sentence's anchor weight that no window of the other article says, below which it is restated there. */
const RESTATED_ELSEWHERE = 0.5;

/** Whether an item carries on the development of the item just before it in the same paragraph. */
function continues(prev: OmittedItem, item: OmittedItem): boolean {
  if (prev.sentence.paragraph !== item.sentence.paragraph || prev.sentence.index + 1 !== item.sentence.index)
    return false;
  return (prev.whole || figuresOnly(prev)) && (item.whole || figuresOnly(item));
}

/**
 * Groups omitted items into one per omitted fact or development (issue 10: "one finding per
 * omitted fact, not per sentence"): items that share an absent name, figure, date or rare word,
 * and new sentences (or lone figures) that follow each other in one paragraph, are the same
 * development. Each group comes back as its pieces (`piecesOf`): a reader checks one passage at a time.
 */
export function groupItems(items: OmittedItem[]): OmittedItem[][][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  const join = (i: number, j: number) => {
    parent[find(j)] = find(i);
  };
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else join(first, i);
    }
    const prev = items[i - 1];
    if (prev && continues(prev, item)) join(i - 1, i);
  });
  const groups = new Map<number, OmittedItem[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()].map(piecesOf);
}

/**
 * Items one finding may hold: a reader checks a development, not most of an article (user trial 6
 * item 3: 32 sentences in one).
 */
const MAX_ITEMS = 10;
/**
 * Items further apart than this many paragraphs are separate passages of one development: a
 * finding quoting the lead and the tail of an article at once reads as most of it. The pieces are
 * ranked, and only a group's best piece competes for the per-side cap (index.ts): cut without
 * that, the pieces took each other's slots and 4 of 48 tune gold omissions fell past the cap (omit7).
 */
const PARAGRAPH_GAP = 2;

/**
 * A group cut where its new sentences lie more than `PARAGRAPH_GAP` paragraphs apart, and into runs
 * of at most `MAX_ITEMS`. A name or figure alone in a reported sentence goes with the passage
 * nearest it: it is the development's detail, not a finding of its own.
 */
function piecesOf(group: OmittedItem[]): OmittedItem[][] {
  const runs: OmittedItem[][] = [];
  for (const item of group.filter((i) => i.whole)) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && item.sentence.paragraph - last.sentence.paragraph <= PARAGRAPH_GAP) run.push(item);
    else runs.push([item]);
  }
  if (runs.length === 0) return sized(group);
  const distance = (item: OmittedItem, run: OmittedItem[]) =>
    Math.min(...run.map((r) => Math.abs(r.sentence.paragraph - item.sentence.paragraph)));
  const pieces = runs.map((run) => [...run]);
  for (const item of group.filter((i) => !i.whole)) {
    const nearest = runs.reduce(
      (best, run, k) => (distance(item, run) < distance(item, runs[best]) ? k : best),
      0,
    );
    pieces[nearest].push(item);
  }
  const inText = (x: OmittedItem, y: OmittedItem) => x.sentence.index - y.sentence.index;
  return pieces.flatMap((piece) => sized(piece.sort(inText)));
}

/** Items cut into runs of at most `MAX_ITEMS`, in order. */
function sized(items: OmittedItem[]): OmittedItem[][] {
  const pieces: OmittedItem[][] = [];
  for (let at = 0; at < items.length; at += MAX_ITEMS) pieces.push(items.slice(at, at + MAX_ITEMS));
  return pieces;
}
