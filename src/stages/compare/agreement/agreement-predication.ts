import { irrealisMarker } from '../../../lexicons/irrealis-markers.js';
import { sameActVerbs } from '../../../lexicons/predication-verbs.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Sentence, Token } from '../../../model/source.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';
import { RELATED_DISCOUNT } from './agreement-related.js';
import { between } from './agreement-words.js';
import { RARE } from './sentence-pairs.js';

/**
 * Inputs: two clauses, one a side, and the pair's weights. One event told in other words keeps
 * its predication: the act, what it was done to, and who or what else takes part ("each side
 * released an identical statement" / "the two offices issued identical statements"). Two clauses
 * that hold the same verb (or one WordNet puts in the same synset) with the same object, and one
 * more rare word both hold, state one fact though they share too few words for `sharesEnough`.
 */

/** A verb and the head of the noun phrase right after it (its object, or the noun of its preposition). */
export interface Predication {
  verb: string;
  object: string;
  /** What governs the verb (`governorOf`): the same act stated, planned or embedded is not one fact. */
  governor: string;
  /** Token indexes in the sentence. */
  at: number;
  head: number;
}

/** Words between a verb and its object's nouns: determiners, numbers, adjectives, possessives. */
const MODIFIER = new Set(['DET', 'NUM', 'ADJ', 'PRON', 'PART']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** The head of the noun phrase after token `i` (a particle or preposition may come first), or -1. */
function objectAfter(t: readonly Token[], i: number): number {
  let j = i + 1;
  if (j < t.length && t[j].pos === 'ADP') j++;
  while (j < t.length && MODIFIER.has(t[j].pos)) j++;
  if (j >= t.length || !NOMINAL.has(t[j].pos)) return -1;
  // A compound ("phone calls", "budget bill") has its head last.
  while (j + 1 < t.length && NOMINAL.has(t[j + 1].pos)) j++;
  return j;
}

/**
 * What directly governs the verb at `i`: `modal` ("would give up"), `to:` and the word before it,
 * or `to:intent` for an intent word of data/irrealis-markers.yaml ("pledged to give up", "plans
 * to meet"), `embedded` after a preposition or another verb ("accused him of leaking"), or
 * `main`. Two clauses state one fact only when both put the act the same way: "has reneged on
 * pledges to give up the program" and "would give up the program" are not it (agreement-mood.ts
 * reads only irrealis against past; here any difference keeps them apart).
 */
function governorOf(t: readonly Token[], i: number): string {
  let j = i - 1;
  for (; j >= 0 && between(t[j]); j--) if (irrealisMarker(t[j].lemma) === 'modal') return 'modal';
  if (j < 0) return 'main';
  if (t[j].lower === 'to') {
    let k = j - 1;
    while (k >= 0 && t[k].pos === 'ADV') k--;
    if (k < 0) return 'to:';
    return irrealisMarker(t[k].lemma) === 'intent' ? 'to:intent' : `to:${t[k].lemma}`;
  }
  return t[j].pos === 'ADP' || t[j].pos === 'SCONJ' || t[j].pos === 'VERB' ? 'embedded' : 'main';
}

/**
 * The head of the subject of a passive verb at `i` ("the statements were issued"): the noun just
 * before its form of "be", adverbs and auxiliaries between; or -1.
 */
function passiveSubject(t: readonly Token[], i: number): number {
  let j = i - 1;
  let passive = false;
  for (; j >= 0 && between(t[j]); j--) if (t[j].pos === 'AUX' && t[j].lemma === 'be') passive = true;
  return passive && j >= 0 && NOMINAL.has(t[j].pos) && t[i].lower !== t[i].lemma ? j : -1;
}

/**
 * Whether a word tagged a verb stands where no verb can: in its base form right after a
 * determiner or a preposition other than "to" ("a certificate of live birth", "the stand
 * still"): a modifier the tagger took for a verb. A gerund ("of leaking") and a participle ("the
 * released statement") may stand there.
 */
function nominal(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  return (
    before !== undefined &&
    (before.pos === 'DET' || (before.pos === 'ADP' && before.lower !== 'to')) &&
    t[i].lower === t[i].lemma
  );
}

const cache = new WeakMap<Sentence, Predication[]>();
/** A sentence's predications: each content verb that does not report speech, with its object (or passive subject). */
export function predicationsOf(s: Sentence): Predication[] {
  let out = cache.get(s);
  if (!out) {
    out = [];
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].pos !== 'VERB' || !isContent(t[i]) || reportingVerb(t[i].lemma) || nominal(t, i)) continue;
      // The subject of a passive verb ("the statements were issued by…"), else the object after it: what the act is done to.
      const passive = passiveSubject(t, i);
      const head = passive >= 0 ? passive : objectAfter(t, i);
      if (head >= 0 && isContent(t[head]))
        out.push({ verb: t[i].lemma, object: t[head].lemma, governor: governorOf(t, i), at: i, head });
    }
    cache.set(s, out);
  }
  return out;
}

/**
 * Whether two sentences have a predication object in common: the cheap test that lets a pair
 * sharing less than `SHARED_MIN` be searched clause by clause at all.
 */
export function mayShareAct(a: Sentence, b: Sentence): boolean {
  const objects = objectsOf(a);
  return predicationsOf(b).some((q) => objects.has(q.object));
}

const objectSets = new WeakMap<Sentence, Set<string>>();
/** The objects of a sentence's predications, once a sentence. */
function objectsOf(s: Sentence): Set<string> {
  let out = objectSets.get(s);
  if (!out) {
    out = new Set(predicationsOf(s).map((p) => p.object));
    objectSets.set(s, out);
  }
  return out;
}

const within = (c: Clause, p: Predication) =>
  c.from <= Math.min(p.at, p.head) && Math.max(p.at, p.head) < c.to;

/** Below what two clauses share, the same words and related pairs, a shared predication does not make them agree. */
export const PREDICATION_MIN = 5;

/**
 * What a shared predication of two clauses adds to what they share, or undefined when they have
 * none: the same rare object after the same rare verb (adds 0: the verb is shared already), or
 * after two verbs of one synset (adds their pair at `RELATED_DISCOUNT`, as a related pair counts),
 * beside a third rare word both clauses hold (a doer, a modifier, a date word).
 */
export function sharedPredication(a: Clause, b: Clause, w: ReadonlyMap<string, number>): number | undefined {
  const rare = (l: string) => (w.get(l) ?? 0) >= RARE;
  let best: number | undefined;
  for (const p of predicationsOf(a.sentence)) {
    if (!within(a, p) || !rare(p.verb) || !rare(p.object)) continue;
    for (const q of predicationsOf(b.sentence)) {
      if (!within(b, q) || q.object !== p.object || q.governor !== p.governor) continue;
      if (!rare(q.verb) || !sameActVerbs(p.verb, q.verb)) continue;
      const third = [...a.lemmas].some(
        (l) => l !== p.object && l !== p.verb && l !== q.verb && b.lemmas.has(l) && rare(l),
      );
      if (!third) continue;
      const synonym = a.lemmas.has(q.verb) && b.lemmas.has(p.verb);
      const add = synonym ? 0 : RELATED_DISCOUNT * Math.min(w.get(p.verb) ?? 0, w.get(q.verb) ?? 0);
      best = Math.max(best ?? 0, add);
    }
  }
  return best;
}
