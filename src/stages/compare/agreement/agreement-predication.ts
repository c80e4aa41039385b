import { sameActVerbs } from '../../../lexicons/predication-verbs.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Sentence } from '../../../model/source.js';
import { isContent } from '../weights.js';
import type { Clause } from './agreement-clauses.js';
import { doerOf, governorOf, nominal, objectAfter, passiveSubject } from './agreement-predication-parts.js';
import { RELATED_DISCOUNT, type RelatedWords } from './agreement-related.js';
import { RARE } from './sentence-pairs.js';

/**
 * Inputs: two clauses, one a side, the pair's weights and its related words. One event told in
 * other words keeps its predication: who did it, the act, and what it was done to ("the trust
 * repainted the tower" / "the tower was repainted by the trust"). Two clauses with the same verb
 * (or two verbs of one WordNet synset that word vectors confirm), the same preposition and object,
 * no different doer, and one more rare word both hold outside the verb and its object, state one
 * fact though they share too few words for `sharesEnough`.
 */

/**
 * A content verb and the head of the noun phrase it acts on: the noun after it (and the
 * preposition before that noun), or the subject of a passive verb.
 */
export interface Predication {
  verb: string;
  prep: string;
  object: string;
  /** The lemma of the subject, or of the "by" phrase of a passive; '' when not read. */
  doer: string;
  /** What governs the verb (`governorOf`): the same act stated, planned or embedded is not one fact. */
  governor: string;
  /** Token indexes in the sentence. */
  at: number;
  head: number;
}

const cache = new WeakMap<Sentence, Predication[]>();
/** A sentence's predications: each content verb that does not report speech, with what it acts on. */
export function predicationsOf(s: Sentence): Predication[] {
  let out = cache.get(s);
  if (!out) {
    out = [];
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].pos !== 'VERB' || !isContent(t[i]) || reportingVerb(t[i].lemma) || nominal(t, i)) continue;
      const passive = passiveSubject(t, i);
      const { head, prep } = passive >= 0 ? { head: passive, prep: '' } : objectAfter(t, i);
      if (head < 0 || !isContent(t[head])) continue;
      const doer = doerOf(t, i, passive >= 0);
      out.push({
        verb: t[i].lemma,
        prep,
        object: t[head].lemma,
        doer,
        governor: governorOf(t, i),
        at: i,
        head,
      });
    }
    cache.set(s, out);
  }
  return out;
}

const objectSets = new WeakMap<Sentence, Set<string>>();
/**
 * Whether two sentences have a predication object in common: the cheap test that lets a pair
 * sharing less than `SHARED_MIN` be searched clause by clause at all.
 */
export function mayShareAct(a: Sentence, b: Sentence): boolean {
  let objects = objectSets.get(a);
  if (!objects) {
    objects = new Set(predicationsOf(a).map((p) => p.object));
    objectSets.set(a, objects);
  }
  const has = objects;
  return predicationsOf(b).some((q) => has.has(q.object));
}

const within = (c: Clause, p: Predication) =>
  c.from <= Math.min(p.at, p.head) && Math.max(p.at, p.head) < c.to;

/** The lemmas of a clause's tokens outside its predication's verb-to-object span. */
function outside(c: Clause, p: Predication): Set<string> {
  const t = c.sentence.tokens;
  const [lo, hi] = [Math.min(p.at, p.head), Math.max(p.at, p.head)];
  const out = new Set<string>();
  for (let i = c.from; i < c.to; i++) if ((i < lo || i > hi) && c.lemmas.has(t[i].lemma)) out.add(t[i].lemma);
  return out;
}

/** Below what two clauses share, the same words and related pairs, a shared predication does not make them agree. */
export const PREDICATION_MIN = 5;

/** What a shared predication adds to two clauses' shared weight, and the act it names (`release ~ issue`). */
export interface SharedAct {
  add: number;
  act: string;
}

/** Whether two predications are one act on one thing by no different doer. */
function sameAct(p: Predication, q: Predication): boolean {
  return (
    q.object === p.object &&
    q.prep === p.prep &&
    q.governor === p.governor &&
    (p.doer === '' || q.doer === '' || p.doer === q.doer) &&
    sameActVerbs(p.verb, q.verb)
  );
}

/**
 * The shared predication of two clauses, or undefined when they have none: the same rare object
 * after the same rare verb (adds 0: the verb is shared already), or after two verbs of one synset
 * (adds their pair at `RELATED_DISCOUNT`, as a related pair counts, unless `links` counted it),
 * beside a third rare word both clauses hold outside the verb and its object (a doer, a place, a
 * date word: a modifier of the object does not make it one event).
 */
export function sharedPredication(
  a: Clause,
  b: Clause,
  w: ReadonlyMap<string, number>,
  links: readonly RelatedWords[],
): SharedAct | undefined {
  const rare = (l: string) => (w.get(l) ?? 0) >= RARE;
  let best: SharedAct | undefined;
  for (const p of predicationsOf(a.sentence)) {
    if (!within(a, p) || !rare(p.verb) || !rare(p.object)) continue;
    // Read only once a predication of b is the same act: most are not (issue 13).
    let ox: Set<string> | undefined;
    for (const q of predicationsOf(b.sentence)) {
      if (!within(b, q) || !rare(q.verb) || !sameAct(p, q)) continue;
      ox ??= outside(a, p);
      const oy = outside(b, q);
      let third = false;
      for (const l of ox)
        if (l !== p.object && l !== p.verb && l !== q.verb && oy.has(l) && rare(l)) {
          third = true;
          break;
        }
      if (!third) continue;
      const counted = p.verb === q.verb || links.some((l) => l.a === p.verb && l.b === q.verb);
      const add = counted ? 0 : RELATED_DISCOUNT * Math.min(w.get(p.verb) ?? 0, w.get(q.verb) ?? 0);
      const act = p.verb === q.verb ? p.verb : `${p.verb} ~ ${q.verb}`;
      if (!best || add > best.add) best = { add, act };
    }
  }
  return best;
}
