import { dateWords } from '../../../lexicons/date-words.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Sentence, Token } from '../../../model/source.js';
import { actorGroup, actorLineage } from '../../../text/actors.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import { once } from '../once.js';
import type { Clause } from './agreement-clauses.js';
import { between } from './agreement-words.js';

/** Whether two actor groups are one or one speaks for the other (`actorLineage`). */
const sameActor = (x: string, y: string) => actorLineage(x).includes(y) || actorLineage(y).includes(x);

/**
 * Inputs: two clauses and which lemmas they share. "Governor Whitfield vetoed the budget bill" and
 * "Mayor Okonkwo vetoed the budget bill" share the act and its object but not who did it: two facts.
 * The doer is read from the surface, as the name just before the shared verb (English subjects
 * precede their verb; Huddleston & Pullum 2002, ch. 4).
 */

/** A lemma with curly apostrophes straightened: "I’m" and "I'm" are one word. */
const plainLemma = (t: Token) => straightApostrophes(t.lemma);

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

// The doer before a verb depends on the sentence and the verb's place alone (not on the clause or
// the other side), and one sentence pair asks it for each of its many clause pairs (a sentence of
// n segments has n(n+1)/2 clauses): read once per sentence and verb (issue 13, the slowest pairs;
// speed23). The doer is only read, never changed.
const doersOf = once((_: Sentence) => new Map<number, Doer | undefined>());

/** The doer before the clause's verb at `verb` (`readSubject`), read once per sentence and verb. */
function subjectOf(c: Clause, verb: number): Doer | undefined {
  const byVerb = doersOf(c.sentence);
  if (!byVerb.has(verb)) byVerb.set(verb, readSubject(c.sentence, verb));
  return byVerb.get(verb);
}

/**
 * The doer of the clause's first shared verb: the run of name words (`inName`) just before it, with
 * only auxiliaries and adverbs between ("Governor Whitfield has vetoed"), without the month or
 * weekday that opens it and without a title beside a name ("Governor", a role noun). Undefined when anything
 * else stands there ("the governor vetoed", "to veto", "Whitfield, the governor, vetoed"):
 * then the doer is not read and nothing is vetoed. A run of titles alone ("The President", "The
 * Senate") is marked `title`: house style names a known person by the title alone.
 */
function readSubject(sentence: Sentence, verb: number): Doer | undefined {
  const tokens = sentence.tokens;
  let j = verb - 1;
  while (j >= 0 && between(tokens[j])) j--;
  const run: string[] = [];
  const end = j + 1;
  for (; j >= 0 && inName(tokens, j) && !dateName(tokens[j].lower); j--)
    if (/\p{L}{2}/u.test(tokens[j].lemma)) run.push(plainLemma(tokens[j]));
  if (run.length === 0) return undefined;
  // A title beside a name is not the name ("Governor Whitfield"); alone it is ("The Senate").
  const names = run.filter((l) => !isTitle(l));
  const text = sentence.text.slice(
    tokens[j + 1].start - sentence.start,
    tokens[end - 1].end - sentence.start,
  );
  return {
    words: new Set(names.length > 0 ? names : run),
    title: names.length === 0,
    actor: actorGroup(text),
  };
}

/** A role noun, singular or plural ("Democrats": the plural of a party member's title). */
const isTitle = (lemma: string) =>
  isRoleNoun(lemma) || (lemma.endsWith('s') && isRoleNoun(lemma.slice(0, -1)));

/** A doer read before a verb: its name words, whether they are titles alone, and the actor of the lexicon they name. */
interface Doer {
  words: Set<string>;
  title: boolean;
  actor: string | null;
}

/**
 * The name nearest before the verb inside the clause, with no other verb between, whatever else
 * stands between ("lets the harbour board close"): a looser reading of the doer than `subjectOf`,
 * kept beside it so that a pair either reading tells apart does not agree.
 */
function nearestNameOf(c: Clause, verb: number): Doer | undefined {
  const tokens = c.sentence.tokens;
  for (let i = verb - 1; i >= c.from; i--) {
    if (tokens[i].pos === 'VERB') return undefined;
    if (tokens[i].pos !== 'PROPN') continue;
    const out = new Set<string>();
    for (let k = i; k >= c.from && (tokens[k].pos === 'PROPN' || /^\p{Lu}/u.test(tokens[k].text)); k--)
      out.add(plainLemma(tokens[k]));
    return { words: out, title: false, actor: null };
  }
  return undefined;
}

// A sentence's straightened lemmas, once per sentence: a sentence is in many candidate clause
// pairs, and building the set for each pair was 1.4 % of a batch's CPU (issue 13).
const lemmasOf: (sentence: Sentence) => ReadonlySet<string> = once(
  (sentence) => new Set(sentence.tokens.map(plainLemma)),
);

/**
 * Whether the two clauses name different doers of their first shared verb: both readings of a
 * side (`subjectOf`, `nearestNameOf`) name one, the two names share no word ("Halloran" / "Speaker
 * Omar J. Halloran" are one doer), and no word of either name appears anywhere in the other
 * clause's sentence ("Democratic" may be tagged an adjective there).
 */
export function otherAgent(a: Clause, b: Clause, shared: (lemma: string) => boolean): boolean {
  // The clause's first shared verb, looked for in its own range only.
  const verbOf = (c: Clause) => {
    const tokens = c.sentence.tokens;
    for (let i = c.from; i < c.to; i++) if (tokens[i].pos === 'VERB' && shared(tokens[i].lemma)) return i;
    return -1;
  };
  const [va, vb] = [verbOf(a), verbOf(b)];
  if (va < 0 || vb < 0) return false;
  const [inA, inB] = [lemmasOf(a.sentence), lemmasOf(b.sentence)];
  const differ = (x: Doer | undefined, y: Doer | undefined): boolean => {
    if (x === undefined || y === undefined || x.title !== y.title) return false;
    // Two names of one actor of the lexicon ("Washington" / "The United States") are one doer.
    if (x.actor !== null && y.actor !== null) return !sameActor(x.actor, y.actor);
    return (
      ![...x.words].some((n) => y.words.has(n) || inB.has(n)) &&
      ![...y.words].some((n) => x.words.has(n) || inA.has(n))
    );
  };
  return differ(subjectOf(a, va), subjectOf(b, vb)) || differ(nearestNameOf(a, va), nearestNameOf(b, vb));
}
