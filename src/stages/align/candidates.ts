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
    for (const lemma of p.lemmas) {
      const list = postings.get(lemma);
      if (list) list.push(i);
      else postings.set(lemma, [i]);
    }
  });
  return postings;
}

/**
 * The first `k` of `touched` by mass (heaviest first, ties by index), as a sort then a slice would
 * give them: the order is total, so keeping the best k in place while scanning gives the same
 * list without sorting every touched sentence (issue 13: the sort and its copy were 1.2 % of a
 * pair's bytes, speed22; speed16 named it).
 */
function firstFew(touched: readonly number[], mass: Float64Array, k: number): number[] {
  const before = (x: number, y: number) => mass[x] > mass[y] || (mass[x] === mass[y] && x < y);
  const best: number[] = [];
  for (const j of touched) {
    if (best.length === k && !before(j, best[k - 1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(j, best[at - 1])) {
      best[at] = best[at - 1];
      at -= 1;
    }
    best[at] = j;
  }
  return best;
}

/** For each profile of `from`, the best `perSentence` profiles of `to` by shared rare mass. */
function nearest(
  from: readonly SentenceProfile[],
  postings: Map<string, number[]>,
  size: number,
  options: BlockingOptions,
): number[][] {
  // Masses by index of `to` in arrays, not a map per sentence: summed in the same order, and
  // reset after each sentence. The order of the candidates is total (ties by index).
  const mass = new Float64Array(size);
  const seen = new Uint8Array(size);
  return from.map((p) => {
    const touched: number[] = [];
    for (let k = 0; k < p.lemmas.length; k++) {
      const list = postings.get(p.lemmas[k]);
      if (!list || list.length > options.maxPosting) continue;
      for (const j of list) {
        if (!seen[j]) {
          seen[j] = 1;
          touched.push(j);
        }
        mass[j] += p.weights[k];
      }
    }
    const best = firstFew(touched, mass, options.perSentence);
    for (const j of touched) {
      mass[j] = 0;
      seen[j] = 0;
    }
    return best;
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
  nearest(as, index(bs), bs.length, options).forEach((js, i) => {
    for (const j of js) add(i, j);
  });
  nearest(bs, index(as), as.length, options).forEach((is, j) => {
    for (const i of is) add(i, j);
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
