import { dateWords } from '../../../lexicons/date-words.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Token } from '../../../model/source.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two clauses and which lemmas they share. "Governor Whitfield vetoed the budget bill" and
 * "Mayor Okonkwo vetoed the budget bill" share the act and its object but not who did it: two facts.
 * The doer is read from the surface, as the name just before the shared verb (English subjects
 * precede their verb; Huddleston & Pullum 2002, ch. 4).
 */

/** Words that may stand between a doer and its verb: "has", "quickly", "not". */
const between = (t: Token) => t.lower !== 'to' && (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART');

/** A lemma with curly apostrophes straightened: "I’m" and "I'm" are one word. */
const plainLemma = (t: Token) => t.lemma.replace(/\u2019/g, "'");

/**
 * A word of a name: tagged a name, or a capitalised adjective or noun inside the sentence
 * ("Democratic" in "The Democratic Party" is tagged an adjective).
 */
const inName = (tokens: readonly Token[], i: number) =>
  tokens[i].pos === 'PROPN' ||
  (i > 0 && /^\p{Lu}/u.test(tokens[i].text) && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN'));

let dates: ReadonlySet<string> | undefined;
/** Month and weekday names: "On Friday Governor Whitfield" names Whitfield, not Friday. */
function dateName(lemma: string): boolean {
  if (!dates) {
    const d = dateWords();
    dates = new Set([...d.months.keys(), ...d.weekdays.keys()]);
  }
  return dates.has(lemma);
}

/**
 * The doer of the clause's first shared verb: the run of name words (`inName`) just before it, with
 * only auxiliaries and adverbs between ("Governor Whitfield has vetoed"), without the month or
 * weekday that opens it and without a title beside a name ("Governor", a role noun). Undefined when anything
 * else stands there ("The governor vetoed", "to veto", "Whitfield, the governor, vetoed"):
 * then the doer is not read and nothing is vetoed.
 */
function agentOf(c: Clause, shared: (lemma: string) => boolean): Set<string> | undefined {
  const tokens = c.sentence.tokens;
  const verb = tokens.findIndex((t, i) => i >= c.from && i < c.to && t.pos === 'VERB' && shared(t.lemma));
  if (verb < 0) return undefined;
  let j = verb - 1;
  while (j >= 0 && between(tokens[j])) j--;
  const run: string[] = [];
  for (; j >= 0 && inName(tokens, j) && !dateName(tokens[j].lower); j--)
    if (/\p{L}{2}/u.test(tokens[j].lemma)) run.push(plainLemma(tokens[j]));
  // A title beside a name is not the name ("Governor Whitfield"); alone it is ("The Senate").
  const names = run.filter((l) => !isRoleNoun(l));
  const out = new Set(names.length > 0 ? names : run);
  return out.size > 0 ? out : undefined;
}

/**
 * Whether the two clauses name different doers of their shared act: each names one (`agentOf`),
 * the two names share no word ("Boehner" / "Speaker John A. Boehner" are one doer), and no word of
 * either name appears anywhere in the other clause's sentence ("Democratic" may be tagged an
 * adjective there).
 */
export function otherAgent(a: Clause, b: Clause, shared: (lemma: string) => boolean): boolean {
  const [x, y] = [agentOf(a, shared), agentOf(b, shared)];
  if (!x || !y) return false;
  const names = (c: Clause) => new Set(c.sentence.tokens.map(plainLemma));
  const [inA, inB] = [names(a), names(b)];
  return ![...x].some((n) => y.has(n) || inB.has(n)) && ![...y].some((n) => x.has(n) || inA.has(n));
}
