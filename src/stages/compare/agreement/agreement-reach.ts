import type { Sentence } from '../../../model/source.js';
import { RELATED_DISCOUNT, relatedOf } from './agreement-related.js';

/**
 * Inputs: a sentence of one article, the keys of a sentence of the other, the pair's weights. An
 * upper bound of what related pairs (`relatedWords`) can add to what two sentences share, cheap
 * enough to ask of every candidate sentence pair before their related pairs are searched.
 */

/** A sentence's words that WordNet relates to some word, each with the most a related pair of it can count for. */
export interface RelatedReach {
  words: string[];
  most: number[];
}

/** `a`'s words that have related words, with `RELATED_DISCOUNT` × their weight: a pair of one counts no more. */
export function relatedReach(a: Sentence, w: ReadonlyMap<string, number>): RelatedReach {
  const reach: RelatedReach = { words: [], most: [] };
  for (const [x, { related }] of relatedOf(a)) {
    if (related.length === 0) continue;
    reach.words.push(x);
    reach.most.push(RELATED_DISCOUNT * (w.get(x) ?? 0));
  }
  return reach;
}

/**
 * At least what `relatedWords(a, b, …)` can add (`relatedWeight` of its pairs): each pair is one
 * word of `a` that b's keys lack, counted at most at its `reach` weight. Lets a sentence pair that
 * cannot share enough skip the search (issue 13).
 */
export function relatedBound(reach: RelatedReach, keysB: ReadonlySet<string>): number {
  let total = 0;
  for (let i = 0; i < reach.words.length; i++) if (!keysB.has(reach.words[i])) total += reach.most[i];
  return total;
}
