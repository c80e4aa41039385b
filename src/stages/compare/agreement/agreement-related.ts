import { negativeImplicative } from '../../../lexicons/negative-implicatives.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import { relatedTo } from '../../../text/similarity-synonyms.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two body or headline sentences, one a side, and the pair's weights. Two outlets
 * writing apart say one fact in their own words ("published a joint letter" / "issued a joint
 * letter"): a word of one sentence that the other lacks may stand for a word the
 * other holds. WordNet 3.1 relates them (`relatedTo`), and such a pair counts as a shared word
 * at a discount, so that exact words still weigh more than a related pair.
 */

/**
 * What a related pair counts for against a shared word. On MSRP train (scripts/eval-msrp-synonyms.ts)
 * any discount from 0.5 to 1 leaves precision at each cover threshold unchanged and adds recall;
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
  for (const [x, { tag, related }] of relatedOf(a)) {
    if (keysB.has(x)) continue;
    for (const y of related) {
      if (rb.get(y)?.tag !== tag || keysA.has(y)) continue;
      // At most RELATED_DISCOUNT × w(x), one link an x: relatedBound (agreement-reach.ts) relies on it.
      const weight = RELATED_DISCOUNT * Math.min(w.get(x) ?? 0, w.get(y) ?? 0);
      found.push({ a: x, b: y, weight, verb: tag === 'VERB' });
    }
  }
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

const negations = functionWords('negation');
/** How far after a negation ("did not send", "pleaded not guilty") the word it denies stands. */
const NEGATION_REACH = 3;

/** Whether token `i` negates what follows: a negation word, or a negative implicative verb. */
function negator(tokens: readonly Token[], i: number): boolean {
  // The lexicon spells the clitic with a straight apostrophe; news text often prints "n’t".
  if (negations.has(straightApostrophes(tokens[i].lower))) return true;
  // "declined to publish the audit" denies as "did not publish the audit" does.
  return tokens[i].pos === 'VERB' && negativeImplicative(tokens[i].lemma);
}

// Every clause pair of a pair asks which tokens negate (issue 13): found once per sentence, in order.
const negatorsBySentence = new WeakMap<Sentence, readonly number[]>();
function negatorsOf(s: Sentence): readonly number[] {
  let out = negatorsBySentence.get(s);
  if (!out) {
    out = s.tokens.flatMap((_, i) => (negator(s.tokens, i) ? [i] : []));
    negatorsBySentence.set(s, out);
  }
  return out;
}

/**
 * The indexes of a clause's tokens that a negation denies: the `NEGATION_REACH` words after a
 * negation word ("not", "n't", "never", "no") or a negative implicative ("refused to"), not
 * counting quotation marks, up to a comma or a conjunction ("refused and went on to lose").
 */
function denied(c: Clause): Set<number> {
  const tokens = c.sentence.tokens;
  const out = new Set<number>();
  // A negation may stand just before the clause: 'did not want to "sell the farm"'.
  for (const i of negatorsOf(c.sentence)) {
    if (i < c.from - NEGATION_REACH - 1 || i >= c.to) continue;
    for (let j = i + 1, words = 0; words < NEGATION_REACH && j < c.to; j++) {
      if (tokens[j].pos === 'CCONJ' || /^[,;:]$/.test(tokens[j].text)) break;
      if (tokens[j].pos === 'PUNCT') continue;
      words++;
      if (j >= c.from) out.add(j);
    }
  }
  return out;
}

/**
 * The shared words (`shared`) that a clause only denies: every time it holds them, a negation
 * denies them (`denied`). "Pleaded guilty" / "pleaded not guilty" differ on "guilty"; "did not
 * recognize the couples" / "will recognize the couples, even where a state does not recognize
 * them" differ on "recognize", which the second clause also states.
 */
export function deniedShared(c: Clause, shared: (lemma: string) => boolean): Set<string> {
  const tokens = c.sentence.tokens;
  // Most clauses negate nothing: then nothing is denied, whatever they share.
  if (negatorsOf(c.sentence).length === 0) return new Set();
  const no = denied(c);
  const [negated, stated] = [new Set<string>(), new Set<string>()];
  for (let i = c.from; i < c.to; i++) {
    if (!shared(tokens[i].lemma)) continue;
    (no.has(i) ? negated : stated).add(tokens[i].lemma);
  }
  return new Set([...negated].filter((l) => !stated.has(l)));
}
