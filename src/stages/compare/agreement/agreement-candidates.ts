import type { Sentence } from '../../../model/source.js';
import { sharedWeight } from '../weights.js';
import { mayShareAct, PREDICATION_MIN } from './agreement-predication.js';
import { relatedBound, relatedReach } from './agreement-reach.js';
import { type RelatedWords, relatedKeys, relatedWeight, relatedWords } from './agreement-related.js';
import { RARE, SHARED_MIN } from './sentence-pairs.js';

/**
 * Inputs: the body and headline sentences of both articles, their content keys and the pair's
 * weights. Which sentence pairs `similarClauses` (agreement-match.ts) matches clause by clause:
 * those that share a rare lemma, or a word WordNet relates to one, and whose whole keys share
 * enough, counting the related pairs.
 */

/** Two sentences, one a side, that may hold agreeing clauses, and their related pairs. */
export interface CandidatePair {
  a: Sentence;
  b: Sentence;
  links: RelatedWords[];
}

/** Each rare key (`RARE`) of b's sentences, with the sentences that hold it, in order. */
function rareIndex(
  bs: readonly Sentence[],
  keys: ReadonlyMap<Sentence, ReadonlySet<string>>,
  weights: ReadonlyMap<string, number>,
): Map<string, Sentence[]> {
  const index = new Map<string, Sentence[]>();
  for (const b of bs) {
    for (const k of keys.get(b) ?? []) {
      if ((weights.get(k) ?? 0) < RARE) continue;
      const list = index.get(k);
      if (list) list.push(b);
      else index.set(k, [b]);
    }
  }
  return index;
}

/** The sentences of b that hold a word of a, or a word WordNet relates to one (`relatedKeys`), once each. */
function candidatesOf(
  a: Sentence,
  keys: ReadonlyMap<Sentence, ReadonlySet<string>>,
  index: ReadonlyMap<string, readonly Sentence[]>,
): Sentence[] {
  const seen = new Set<Sentence>();
  // The keys, then the related ones, read in place: no list of both made a sentence (speed22).
  const add = (k: string) => {
    for (const b of index.get(k) ?? []) seen.add(b);
  };
  for (const k of keys.get(a) ?? []) add(k);
  for (const k of relatedKeys(a)) add(k);
  return [...seen];
}

/**
 * The sentence pairs whose whole keys share at least `SHARED_MIN`, or at least `PREDICATION_MIN`
 * (the least two clauses that agree by a shared predication share) when they have a predication
 * object in common (`mayShareAct`), in a's order, then first hit.
 */
export function candidatePairs(
  as: readonly Sentence[],
  bs: readonly Sentence[],
  keys: ReadonlyMap<Sentence, ReadonlySet<string>>,
  weights: ReadonlyMap<string, number>,
): CandidatePair[] {
  const index = rareIndex(bs, keys, weights);
  const none = new Set<string>();
  const out: CandidatePair[] = [];
  for (const a of as) {
    const reach = relatedReach(a, weights);
    for (const b of candidatesOf(a, keys, index)) {
      const [ka, kb] = [keys.get(a) ?? none, keys.get(b) ?? none];
      let may: boolean | undefined; // asked at most once a pair
      const mayAct = () => {
        if (may === undefined) may = mayShareAct(a, b);
        return may;
      };
      const exact = sharedWeight(ka, kb, weights);
      // Most candidates share too little even with every related pair they could make: they are
      // not searched for pairs (the margin keeps float rounding from deciding).
      const bound = exact + relatedBound(reach, kb) + 1e-6;
      if (bound < PREDICATION_MIN || (bound < SHARED_MIN && !mayAct())) continue;
      const links = relatedWords(a, b, ka, kb, weights);
      // The whole sentences' keys (the whole clauses' lemmas) bound what any two clauses share.
      const most = exact + relatedWeight(ka, kb, links);
      if (most < PREDICATION_MIN || (most < SHARED_MIN && !mayAct())) continue;
      out.push({ a, b, links });
    }
  }
  return out;
}
