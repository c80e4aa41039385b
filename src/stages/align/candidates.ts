import type { SentenceProfile } from './profile.js';

/** How candidate pairs are blocked before scoring. */
export interface BlockingOptions {
  /** A lemma found in more sentences than this on one side does not propose pairs (too common there). */
  maxPosting: number;
  /** Candidates kept per sentence, by summed idf of the rare lemmas they share. */
  perSentence: number;
}

// A source's profiles are built once (align/index.ts), so are their posting lists: a batch aligns
// each source with many others.
const indexes = new WeakMap<readonly SentenceProfile[], Map<string, number[]>>();

/** Posting lists: content lemma → indices of the profiles that contain it (built once per array). */
function index(profiles: readonly SentenceProfile[]): Map<string, number[]> {
  let postings = indexes.get(profiles);
  if (!postings) {
    postings = buildIndex(profiles);
    indexes.set(profiles, postings);
  }
  return postings;
}

function buildIndex(profiles: readonly SentenceProfile[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const lemma of p.content.keys()) {
      const list = postings.get(lemma);
      if (list) list.push(i);
      else postings.set(lemma, [i]);
    }
  });
  return postings;
}

/** For each profile of `from`, the best `perSentence` profiles of `to` by shared rare mass. */
function nearest(
  from: readonly SentenceProfile[],
  postings: Map<string, number[]>,
  options: BlockingOptions,
): number[][] {
  return from.map((p) => {
    const mass = new Map<number, number>();
    for (const [lemma, weight] of p.content) {
      const list = postings.get(lemma);
      if (!list || list.length > options.maxPosting) continue;
      for (const j of list) mass.set(j, (mass.get(j) ?? 0) + weight);
    }
    return [...mass]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, options.perSentence)
      .map(([j]) => j);
  });
}

/**
 * Blocks candidate pairs by shared rare lemmas instead of scoring every pair: a pair is a
 * candidate when either sentence ranks the other among its `perSentence` best by the idf
 * mass of lemmas they share that are not common in the document. Returns `[i, j]` pairs,
 * sorted, each once. Order of the sentences plays no part.
 */
export function candidatePairs(
  as: readonly SentenceProfile[],
  bs: readonly SentenceProfile[],
  options: BlockingOptions,
): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (i: number, j: number) => {
    const key = i * bs.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([i, j]);
  };
  nearest(as, index(bs), options).forEach((js, i) => {
    for (const j of js) add(i, j);
  });
  nearest(bs, index(as), options).forEach((is, j) => {
    for (const i of is) add(i, j);
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
