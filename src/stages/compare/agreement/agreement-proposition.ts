import type { Clause } from './agreement-clauses.js';
import { clauseFacts, type FactLemma } from './agreement-fact.js';
import type { RelatedWords } from './agreement-related.js';

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
