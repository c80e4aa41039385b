import { irrealisMarker } from '../../../lexicons/irrealis-markers.js';
import type { Token } from '../../../model/source.js';
import { between } from './agreement-words.js';

/**
 * Inputs: a sentence's tokens and the index of a content verb. The parts of its predication read
 * from the surface: what it is done to (`objectAfter`, `passiveSubject`), who does it (`doerOf`)
 * and what governs it (`governorOf`). English puts the subject before its verb and the object
 * after it (Huddleston & Pullum 2002, ch. 4); a passive turns the object into the subject and
 * the doer into the "by" phrase (ibid., ch. 16).
 */

/** Words between a verb and its object's nouns: determiners, numbers, adjectives, possessives. */
const MODIFIER = new Set(['DET', 'NUM', 'ADJ', 'PRON', 'PART']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/** The last noun of the noun phrase that starts at `j` (a compound has its head last), or -1. */
function headFrom(t: readonly Token[], j: number): number {
  while (j < t.length && MODIFIER.has(t[j].pos)) j++;
  if (j >= t.length || !NOUNS.has(t[j].pos)) return -1;
  while (j + 1 < t.length && NOUNS.has(t[j + 1].pos)) j++;
  return j;
}

/**
 * The head of the noun phrase after the verb at `i` and the preposition before it, if any
 * ("campaigned against the merger": `against`): the preposition is part of the act, "for" and
 * "against" are opposites. A "by" phrase names the doer of a passive, never what is done.
 */
export function objectAfter(t: readonly Token[], i: number): { head: number; prep: string } {
  const prep = i + 1 < t.length && t[i + 1].pos === 'ADP' ? t[i + 1].lower : '';
  if (prep === 'by') return { head: -1, prep };
  return { head: headFrom(t, prep ? i + 2 : i + 1), prep };
}

/** The noun after "by" right after a passive verb at `i` (adverbs between), or -1. */
function byAgent(t: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < t.length && t[j].pos === 'ADV') j++;
  return j < t.length && t[j].lower === 'by' ? headFrom(t, j + 1) : -1;
}

/**
 * The head of the subject of a passive verb at `i` ("the statements were issued"): the noun just
 * before its form of "be", adverbs and auxiliaries between; or -1. A participle that is also its
 * base form ("cut", "set") counts as passive only with a "by" phrase after it.
 */
export function passiveSubject(t: readonly Token[], i: number): number {
  let j = i - 1;
  let passive = false;
  for (; j >= 0 && between(t[j]); j--) if (t[j].pos === 'AUX' && t[j].lemma === 'be') passive = true;
  const participle = t[i].lower !== t[i].lemma || byAgent(t, i) >= 0;
  return passive && participle && j >= 0 && NOUNS.has(t[j].pos) ? j : -1;
}

/** Skips back over auxiliaries and adverbs, and over "to" and the verb that governs an infinitive. */
function beforeVerb(t: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && between(t[j])) j--;
  if (j >= 0 && t[j].lower === 'to') {
    j--;
    while (j >= 0 && t[j].pos === 'ADV') j--;
    if (j >= 0 && t[j].pos === 'VERB') j--;
    while (j >= 0 && between(t[j])) j--;
  }
  return j;
}

/**
 * Who does the act at `i`: the lemma of the noun just before it (the subject: "the rebels
 * released", "the rebels threatened to execute"), or of the "by" phrase of a passive; '' when a
 * pronoun or anything else stands there (then the doer is not read).
 */
export function doerOf(t: readonly Token[], i: number, passive: boolean): string {
  const at = doerAt(t, i, passive);
  return at >= 0 ? t[at].lemma : '';
}

/** The index of the noun that does the act at `i` (see `doerOf`), or -1. */
export function doerAt(t: readonly Token[], i: number, passive: boolean): number {
  const at = passive ? byAgent(t, i) : beforeVerb(t, i);
  return at >= 0 && NOUNS.has(t[at].pos) ? at : -1;
}

/**
 * What directly governs the verb at `i`: `modal` ("would give up"), `to:` and the lemma of the word
 * before it ("vowed to restore": `to:vow`), `embedded` after a preposition, a subordinating
 * conjunction or another verb ("charged her with stealing", "asked whether they had paid"), or
 * `main`. Two clauses state one fact only when both put the act the same way (agreement-mood.ts
 * reads only irrealis against past; here any difference keeps them apart).
 */
export function governorOf(t: readonly Token[], i: number): string {
  let j = i - 1;
  for (; j >= 0 && between(t[j]); j--) if (irrealisMarker(t[j].lemma) === 'modal') return 'modal';
  if (j < 0) return 'main';
  if (t[j].lower === 'to') {
    let k = j - 1;
    while (k >= 0 && t[k].pos === 'ADV') k--;
    return k < 0 ? 'to:' : `to:${t[k].lemma}`;
  }
  for (let k = j; k >= 0; k--)
    if (t[k].pos === 'SCONJ' || /^(?:whether|if)$/.test(t[k].lower)) return 'embedded';
  return t[j].pos === 'ADP' || t[j].pos === 'VERB' ? 'embedded' : 'main';
}

/**
 * Whether a word tagged a verb stands where English grammar puts no finite or infinitive verb:
 * in its base form right after a determiner or a preposition other than "to" ("a jar of fresh
 * yeast" tagged with "fresh" as a verb is impossible, so is "the stand still"). Only "to" and
 * modals take a bare verb after them (Huddleston & Pullum 2002, ch. 3 §1); after a determiner or
 * another preposition a verb must be a gerund ("of repainting") or a participle ("the repainted
 * tower"), so a base form there is a modifier the tagger took for a verb.
 */
export function nominal(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  return (
    before !== undefined &&
    (before.pos === 'DET' || (before.pos === 'ADP' && before.lower !== 'to')) &&
    t[i].lower === t[i].lemma
  );
}
