import type { Sentence } from '../../../model/source.js';
import { relatedTo } from '../../../text/similarity-synonyms.js';
import { isContent } from '../weights.js';

/**
 * Inputs: two body or headline sentences, one a side, and the pair's weights. Two outlets
 * writing apart say one fact in their own words ("published a joint letter" / "issued a joint
 * letter"): a word of one sentence that the other lacks may stand for a word the
 * other holds. WordNet 3.1 relates them (`relatedTo`), and such a pair counts as a shared word
 * at a discount, so that exact words still weigh more than a related pair.
 */

/**
 * What a related pair counts for against a shared word. On MSRP train (scripts/eval-msrp-synonyms.ts)
 * any discount from 0.5 to 1 leaves precision at the covers it prints (0.5, 0.7, 0.8) unchanged and adds recall;
 * 0.75 keeps a margin below the same word.
 */
export const RELATED_DISCOUNT = 0.75;

/** One word a side, the other side lacking it, that WordNet relates, with what the pair counts for. */
export interface RelatedWords {
  a: string;
  b: string;
  weight: number;
  /** Both are verbs: the pair can stand for a shared act. */
  verb: boolean;
}

/** A content word of a sentence that is not a name: its tag, and the lemmas WordNet relates to it. */
export interface RelatedEntry {
  tag: string;
  related: readonly string[];
}

// Built once a sentence, when first asked for: the lookups do not depend on the pair.
const relatedBySentence = new WeakMap<Sentence, Map<string, RelatedEntry>>();
/** A sentence's content words that are not names, each with its tag and what WordNet relates to it. */
export function relatedOf(s: Sentence): ReadonlyMap<string, RelatedEntry> {
  let out = relatedBySentence.get(s);
  if (!out) {
    out = new Map();
    for (const t of s.tokens)
      if (isContent(t) && t.pos !== 'PROPN' && !out.has(t.lemma))
        out.set(t.lemma, { tag: t.pos, related: relatedTo(t.pos, t.lemma) });
    relatedBySentence.set(s, out);
  }
  return out;
}

/** A content word that is not a name, with its tag and related lemmas (`relatedOf`'s entry). */
interface RelatedWord extends RelatedEntry {
  lemma: string;
}

// `relatedOf` as a list, in its order, once a sentence: `relatedWords` walks it for every candidate
// sentence pair, and a walk of the map makes an entry array a word (issue 13).
const listBySentence = new WeakMap<Sentence, readonly RelatedWord[]>();
function relatedList(s: Sentence): readonly RelatedWord[] {
  let list = listBySentence.get(s);
  if (!list) {
    list = [...relatedOf(s)].map(([lemma, e]) => ({ lemma, tag: e.tag, related: e.related }));
    listBySentence.set(s, list);
  }
  return list;
}

const keysBySentence = new WeakMap<Sentence, readonly string[]>();
/**
 * The lemmas WordNet relates to the sentence's words: where to look for a sentence that says it
 * in other words. One list per sentence, asked again in each pair (issue 13): do not change it.
 */
export function relatedKeys(s: Sentence): readonly string[] {
  let keys = keysBySentence.get(s);
  if (!keys) {
    keys = [...relatedOf(s).values()].flatMap((e) => e.related);
    keysBySentence.set(s, keys);
  }
  return keys;
}

/**
 * The related pairs of two sentences (`keysA`, `keysB` their content keys): one-to-one, heaviest
 * first, each word one that the other sentence lacks. Ties by the words, so the order is stable.
 */
export function relatedWords(
  a: Sentence,
  b: Sentence,
  keysA: ReadonlySet<string>,
  keysB: ReadonlySet<string>,
  w: ReadonlyMap<string, number>,
): RelatedWords[] {
  const rb = relatedOf(b);
  const found: RelatedWords[] = [];
  for (const { lemma: x, tag, related } of relatedList(a)) {
    if (keysB.has(x)) continue;
    for (const y of related) {
      if (rb.get(y)?.tag !== tag || keysA.has(y)) continue;
      // At most RELATED_DISCOUNT × w(x), one link an x: relatedBound (agreement-reach.ts) relies on it.
      const weight = RELATED_DISCOUNT * Math.min(w.get(x) ?? 0, w.get(y) ?? 0);
      found.push({ a: x, b: y, weight, verb: tag === 'VERB' });
    }
  }
  // Most sentence pairs have none or one: nothing to order or to keep apart (issue 13).
  if (found.length < 2) return found;
  found.sort((p, q) => q.weight - p.weight || (p.a + p.b < q.a + q.b ? -1 : 1));
  const [usedA, usedB] = [new Set<string>(), new Set<string>()];
  return found.filter((p) => {
    if (usedA.has(p.a) || usedB.has(p.b)) return false;
    usedA.add(p.a);
    usedB.add(p.b);
    return true;
  });
}

/** What the related pairs add to what two key sets share: the pairs with a word in each. */
export function relatedWeight(
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
  links: readonly RelatedWords[],
): number {
  let total = 0;
  for (const l of links) if (x.has(l.a) && y.has(l.b)) total += l.weight;
  return total;
}
