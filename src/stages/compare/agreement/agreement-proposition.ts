import type { Clause } from './agreement-clauses.js';
import { clauseFacts, type FactLemma, factWords } from './agreement-fact.js';
import type { RelatedWords } from './agreement-related.js';
import { between } from './agreement-words.js';

/**
 * Inputs: two clauses, one a side, and the WordNet links between their sentences. Whether what they
 * share can be one fact (issue 10): two clauses that share only who spoke, how and when state no
 * fact in common, however many of their words recur.
 */

/** The shortest stem two derived words must share ("resign" / "resignation", "apologize" / "apology"). */
const STEM_MIN = 5;
/** How many letters past the shared stem the shorter word may end in ("-ize", "-ion", "-y"). */
const SUFFIX_MAX = 3;
/** How many letters a suffix may add to a whole short word ("act" / "action", "state" / "statement"). */
const ADDED_MAX = 4;
/** A shorter word than this is too often the start of an unrelated one. */
const WORD_MIN = 3;

/**
 * Whether a verb and a noun are one act by derivation (Quirk et al. 1985, App. I: -ion, -ment,
 * -al, -y and -ize derivations keep the stem in front): a shared opening of `STEM_MIN` letters that
 * leaves the shorter word at most `SUFFIX_MAX` letters, or the whole shorter word followed by at
 * most `ADDED_MAX` letters.
 */
export function derived(x: string, y: string): boolean {
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (k === short.length && short.length >= WORD_MIN && long.length - k <= ADDED_MAX) return true;
  return k >= STEM_MIN && short.length - k <= SUFFIX_MAX;
}

/** Whether a word of `a`'s proposition recurs in `b`'s: the same lemma, a WordNet link, or a verb and its nominalisation. */
function matches(
  fa: ReadonlyMap<string, FactLemma>,
  fb: ReadonlyMap<string, FactLemma>,
  links: readonly RelatedWords[],
): boolean {
  // Two names alone are who, not what: a word counts when one side at least uses it as a common word.
  const found = (x: FactLemma, m: string) => {
    const y = fb.get(m);
    return y !== undefined && !(x.name && y.name);
  };
  for (const [l, x] of fa) {
    if (found(x, l)) return true;
    if (links.some((k) => k.a === l && found(x, k.b))) return true;
    for (const [m, y] of fb) if (x.verb !== y.verb && !(x.name || y.name) && derived(l, m)) return true;
  }
  return false;
}

/**
 * Veto: once the speaker, the reporting cue, its setting and the day are set aside (`clauseFacts`),
 * no word of what happened recurs: "Ann Ruiz, AARP's policy director, told reporters Friday" and
 * "said AARP policy director Ann Ruiz on Friday" report two remarks, not one fact.
 */
export function noSharedFact(a: Clause, b: Clause, links: readonly RelatedWords[]): boolean {
  return !matches(clauseFacts(a), clauseFacts(b), links);
}

/** Words between a verb and the head of its object: articles, determiners, numbers, adjectives, particles, possessives. */
const BEFORE_OBJECT = new Set(['DET', 'NUM', 'ADJ', 'PART', 'PRON']);

/**
 * The lemmas of the noun phrase right after a verb (its object: "halted all night crossings"), none
 * when a preposition or punctuation comes first ("apologized to the pilots": an adjunct, not the thing acted on).
 */
function objectOf(c: Clause, verb: number): string[] {
  const t = c.sentence.tokens;
  let j = verb + 1;
  while (j < c.to && BEFORE_OBJECT.has(t[j].pos)) j++;
  const out: string[] = [];
  for (; j < c.to && (t[j].pos === 'NOUN' || t[j].pos === 'PROPN'); j++) out.push(t[j].lemma);
  return out;
}

/**
 * The noun or name right before a verb, auxiliaries and adverbs between ("the mayor has resigned"):
 * its subject as English word order gives it (Huddleston & Pullum 2002, ch. 4), or undefined.
 */
function subjectOf(c: Clause, verb: number): string | undefined {
  const t = c.sentence.tokens;
  let j = verb - 1;
  while (j >= c.from && between(t[j])) j--;
  return j >= c.from && (t[j].pos === 'NOUN' || t[j].pos === 'PROPN') ? t[j].lemma : undefined;
}

/** An act of a clause: a verb of its proposition, with its subject and its object's lemmas. */
interface Act {
  lemma: string;
  subject: string | undefined;
  object: string[];
}

function actsOf(c: Clause): Act[] {
  const words = factWords(c.sentence);
  const out: Act[] = [];
  for (let i = c.from; i < c.to; i++)
    if (words[i] === 'what' && c.sentence.tokens[i].pos === 'VERB')
      out.push({ lemma: c.sentence.tokens[i].lemma, subject: subjectOf(c, i), object: objectOf(c, i) });
  return out;
}

/**
 * Veto: one subject does two acts. An act of each clause has the same subject word, no act of one
 * recurs in the other (the same verb, a WordNet link, its nominalisation), and no act's object is
 * named on the other side: "The mayor apologized to the pilots for the late payments" / "The mayor
 * resigned after the late payments to the pilots" share the actor and the context, not the act.
 * "halted the night crossings" / "stopped the night crossings" act on one thing; "Ruiz made a visit"
 * / "the director met" are not read (paraphrase changes the verb more often than the actor's word).
 */
export function otherAct(a: Clause, b: Clause, links: readonly RelatedWords[]): boolean {
  const [actsA, actsB] = [actsOf(a), actsOf(b)];
  const subjects = new Set(actsA.flatMap((x) => (x.subject ? [x.subject] : [])));
  if (!actsB.some((x) => x.subject !== undefined && subjects.has(x.subject))) return false;
  const recurs = (l: string, other: Clause, side: 'a' | 'b') =>
    other.lemmas.has(l) ||
    links.some((k) =>
      side === 'a' ? k.a === l && other.lemmas.has(k.b) : k.b === l && other.lemmas.has(k.a),
    ) ||
    [...other.lemmas].some((m) => derived(l, m));
  if (actsA.some((x) => recurs(x.lemma, b, 'a')) || actsB.some((x) => recurs(x.lemma, a, 'b'))) return false;
  const objectNamed = (acts: { object: string[] }[], other: Clause) =>
    acts.some((x) => x.object.some((l) => other.lemmas.has(l)));
  return !objectNamed(actsA, b) && !objectNamed(actsB, a);
}
