import type { AlignmentLink } from '../../model/alignment.js';
import { type AlignParams, explain, type Judgement, judgeSentences, signalsOf } from './judge.js';
import { mergeProfiles, type SentenceProfile } from './profile.js';

/** A candidate link: sentence indices on each side and the model's judgement of them read together. */
export interface Group {
  a: number[];
  b: number[];
  judgement: Judgement;
}

/** What the link rules work on: the profiles of both sides and the scored 1:1 candidates. */
export interface LinkContext {
  as: readonly SentenceProfile[];
  bs: readonly SentenceProfile[];
  /** Scored candidate pairs, best first. */
  pairs: readonly Group[];
  params: AlignParams;
}

/** A link rule adds groups to those already chosen. */
export type LinkRule = (context: LinkContext, chosen: readonly Group[]) => Group[];

/** Pairs overlapping less than this are not even considered as one half of a split. */
const MERGE_FLOOR = 0.1;
/** A merge must overlap more than its better half by this much: a split reads better as a whole. */
const MERGE_GAIN = 0.05;

/**
 * Strongest overlap first (idf-weighted: it ranks pairs of one story better than the paraphrase
 * probability, which rewards similar length); ties broken by position, so equals never depend on input order.
 */
export const byOverlap = (x: Group, y: Group): number =>
  y.judgement.overlap - x.judgement.overlap ||
  y.judgement.score - x.judgement.score ||
  x.a[0] - y.a[0] ||
  x.b[0] - y.b[0] ||
  x.a.length + x.b.length - y.a.length - y.b.length;

/** A piece whose content words nearly all occur in `whole` adds nothing new: it is part of it. */
const CONTAINED = 0.8;

/** Share of the piece's content mass that `whole` contains. */
function containment(piece: SentenceProfile, whole: SentenceProfile): number {
  let mass = 0;
  for (let k = 0; k < piece.lemmas.length; k++)
    if (whole.content.has(piece.lemmas[k])) mass += piece.weights[k];
  return piece.mass === 0 ? 0 : mass / piece.mass;
}

/** Candidates per sentence tried as the second half of a split. */
const SECOND_HALVES = 3;

/**
 * The idf-weighted overlap (`lemmaIdf`) that `single` would have with `first` and `second` read
 * as one, computed from the content maps without building the merged profile: most tries fail.
 */
function mergedOverlap(single: SentenceProfile, first: SentenceProfile, second: SentenceProfile): number {
  let mass = first.mass;
  for (let k = 0; k < second.lemmas.length; k++)
    if (!first.content.has(second.lemmas[k])) mass += second.weights[k];
  let shared = 0;
  for (let k = 0; k < single.lemmas.length; k++) {
    const lemma = single.lemmas[k];
    if (first.content.has(lemma) || second.content.has(lemma)) shared += single.weights[k];
  }
  return single.mass + mass === 0 ? 0 : (2 * shared) / (single.mass + mass);
}

/** The merge of `one`'s best partner with `second`, if it reads better than the best partner alone. */
function tryMerge(
  context: LinkContext,
  side: 'a' | 'b',
  one: number,
  first: Group,
  second: Group,
): Group | null {
  const other = side === 'a' ? 'b' : 'a';
  const profiles = side === 'a' ? context.bs : context.as;
  const single = side === 'a' ? context.as[one] : context.bs[one];
  const [p, q] = [profiles[first[other][0]], profiles[second[other][0]]];
  // A merge must add overlap: plenty of it, or some when the second piece is part of `single`.
  const part = containment(q, single) >= CONTAINED;
  const gain = mergedOverlap(single, p, q) - first.judgement.overlap;
  if (!(gain > MERGE_GAIN || (gain > 0 && part))) return null;
  const two = [first[other][0], second[other][0]].sort((x, y) => x - y);
  const merged = mergeProfiles(profiles[two[0]], profiles[two[1]]);
  const judgement =
    side === 'a'
      ? judgeSentences(single, merged, context.params)
      : judgeSentences(merged, single, context.params);
  if (!judgement.linkable) return null;
  return side === 'a' ? { a: [one], b: two, judgement } : { a: two, b: [one], judgement };
}

/** Reads two sentences of one side as one when together they match a sentence of the other better. */
function merges(context: LinkContext, side: 'a' | 'b'): Group[] {
  const byOne = new Map<number, Group[]>();
  for (const pair of context.pairs) {
    if (pair.judgement.overlap < MERGE_FLOOR) continue;
    const list = byOne.get(pair[side][0]);
    if (list) list.push(pair);
    else byOne.set(pair[side][0], [pair]);
  }
  const groups: Group[] = [];
  for (const [one, pairs] of byOne) {
    const [first, ...rest] = pairs; // already best first
    const tried = rest.slice(0, SECOND_HALVES).map((second) => tryMerge(context, side, one, first, second));
    const best = tried.filter((g): g is Group => g !== null).sort(byOverlap)[0];
    if (best) groups.push(best);
  }
  return groups;
}

/** Greedy, best first: 1:1 pairs and 1:2 / 2:1 merges, each sentence in at most one of them. */
export const exclusiveGroups: LinkRule = (context) => {
  const proposals = [
    ...context.pairs.filter((p) => p.judgement.linkable),
    ...merges(context, 'a'),
    ...merges(context, 'b'),
  ].sort(byOverlap);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: Group[] = [];
  for (const group of proposals) {
    if (group.a.some((i) => usedA.has(i)) || group.b.some((j) => usedB.has(j))) continue;
    for (const i of group.a) usedA.add(i);
    for (const j of group.b) usedB.add(j);
    chosen.push(group);
  }
  return chosen;
};

/**
 * Further overlaps, n:m: a linkable pair not yet chosen is added as long as one of its two
 * sentences is not already in an equivalent link (a headline restating the opening, one
 * sentence covering facts the other side spreads over two).
 */
export const furtherOverlaps: LinkRule = (context, chosen) => {
  const settledA = new Set(chosen.filter((g) => g.judgement.equivalent).flatMap((g) => g.a));
  const settledB = new Set(chosen.filter((g) => g.judgement.equivalent).flatMap((g) => g.b));
  const covered = new Set(chosen.flatMap((g) => g.a.flatMap((i) => g.b.map((j) => `${i} ${j}`))));
  return context.pairs.filter(
    (p) =>
      p.judgement.linkable &&
      !covered.has(`${p.a[0]} ${p.b[0]}`) &&
      !(settledA.has(p.a[0]) && settledB.has(p.b[0])),
  );
};

/** Turns a chosen group into the link the report carries, with sentence ids. */
export function toLink(group: Group, context: LinkContext): AlignmentLink {
  const { score, equivalent } = group.judgement;
  return {
    a: group.a.map((i) => context.as[i].ids[0]),
    b: group.b.map((j) => context.bs[j].ids[0]),
    score,
    relation: equivalent ? 'equivalent' : 'partial',
    signals: signalsOf(group.judgement),
    reasons: explain(group.judgement, context.params),
  };
}
