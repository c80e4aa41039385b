// How far a speaker reaches where its phrase runs past the words the chunker joins: a head with a
// postmodifier ("People close to the mayor say", where the chunker gives "the mayor"), two
// coordinated speakers with appositives ("Ana Ruiz, the harbor master, and Tom Kole, the mayor,
// both said", where it gives "Ana Ruiz"), a group before an "including" phrase.
import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, phraseStartingAt, skipBetween, type TokenRange } from '../../../text/noun-phrase.js';
import { canSpeak } from './can-speak.js';
import type { Cue } from './cue.js';
import { isTimePhrase, isTimeUnit, withoutTime } from './speaker-time.js';

/** How far back a speaker may start (distant-subject.ts) or an "including" phrase reach: a name and two appositives. */
export const REACH = 40;
/** Words that may open a sentence before its subject: "Even China, …", "But people close to …". */
export const OPENERS: ReadonlySet<string> = new Set(['ADV', 'CCONJ']);

/**
 * Whether a phrase starting at `first` opens the main clause: the sentence, after one opener ("But
 * people close to …"), or after a fronted adjunct with no verb ("Last week, people close to …").
 * Not after a clause: "The union met the board, filing a suit in court alleging …" has no subject there.
 */
function opensSentence(tokens: Token[], first: number): boolean {
  if (first === 0 || (first === 1 && OPENERS.has(tokens[0].pos))) return true;
  return (
    tokens[first - 1].text === ',' &&
    !tokens.slice(0, first - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  );
}

/** A noun that names a time: a unit ("week", "years") or a part of a day ("night"): it heads an adjunct, not a speaker. */
const timeNoun = (t: Token): boolean =>
  (t.pos === 'NOUN' || t.pos === 'PROPN') && (isTimeUnit(t) || dateWords().dayparts.has(t.lower));

/**
 * Whether the head cannot take `np` as its postmodifier: a temporal preposition links them ("The
 * weekend before the vote"), a noun of the head names a time ("The week of the vote"), or `np`
 * holds a determiner right after a noun, the mark of two phrases the chunker joined ("Dover the
 * mayor").
 */
function notPostmodifier(tokens: Token[], head: TokenRange, np: TokenRange): boolean {
  if (functionWords('subordinator').has(tokens[np.first - 1].lower)) return true;
  if (tokens.slice(head.first, head.last + 1).some(timeNoun)) return true;
  // A determiner right after a noun opens a new phrase; after "and" or "of" it is inside one.
  const joined = (k: number): boolean =>
    functionWords('determiner').has(tokens[k].lower) && /^(?:NOUN|PROPN)$/u.test(tokens[k - 1].pos);
  for (let k = np.first + 1; k <= np.last; k++) if (joined(k)) return true;
  return false;
}

/**
 * "People close to the mayor", "Residents near the harbor": a phrase the chunker reads as the
 * subject that is the complement of a preposition after a noun (and an adjective or adverb) is
 * part of that noun's postmodifier; the subject is the whole phrase (Huddleston & Pullum 2002,
 * ch. 5 §14 on postmodifiers: adjective phrases and PPs after the head); not a time ("Mayor Ruiz on
 * Tuesday said", "Two years after the mayor said").
 */
function postmodified(tokens: Token[], np: TokenRange): TokenRange {
  // "Mayor Ruiz on Tuesday said": a time is an adjunct of the clause (speaker-time.ts cuts it).
  if (tokens[np.first - 1]?.pos !== 'ADP' || isTimePhrase(tokens, np)) return np;
  let h = np.first - 2;
  if (tokens[h]?.pos === 'ADJ' || tokens[h]?.pos === 'ADV') h--;
  const head = phraseEndingAt(tokens, h);
  // "years after many countries agreed": a time before the preposition heads an adjunct, not a speaker.
  if (
    !head ||
    isTimePhrase(tokens, head) ||
    notPostmodifier(tokens, head, np) ||
    !opensSentence(tokens, head.first)
  )
    return np;
  return { first: head.first, last: np.last };
}

/** The index after an appositive set off by commas at `at` (", the mayor,"), or `at` when there is none. */
function pastAppositive(tokens: Token[], at: number, end: number): number {
  if (tokens[at]?.text !== ',') return at;
  const appositive = phraseStartingAt(tokens, at + 1);
  if (!appositive || tokens[appositive.last + 1]?.text !== ',') return at;
  return appositive.last + 1 === end ? end : appositive.last + 2;
}

/**
 * "Ana Ruiz, the harbor master, and Tom Kole, the mayor, both said": a speaker, each with an
 * appositive, coordinated with another that can speak, up to `end` (the word before the verb
 * group); the coordination is the subject (Quirk et al. 1985, 13.64 on coordinated noun phrases).
 */
function coordinated(tokens: Token[], np: TokenRange, end: number): TokenRange {
  const and = pastAppositive(tokens, np.last + 1, end);
  if (and === np.last + 1 || tokens[and]?.lower !== 'and') return np;
  const other = phraseStartingAt(tokens, and + 1);
  if (!other || !canSpeak(tokens.slice(other.first, other.last + 1))) return np;
  const close = pastAppositive(tokens, other.last + 1, end);
  if (close === end && tokens[end].text === ',') return { first: np.first, last: end - 1 };
  return other.last === end ? { first: np.first, last: other.last } : np;
}

/**
 * "Several farm groups, including two dairy cooperatives, have warned …": a group named before an
 * "including" phrase set off by commas (Quirk et al. 1985, 17.65 on appositives of inclusion) is
 * the subject; the group must open its clause: the sentence, or after a comma, "As", or an adverb or
 * coordinator ("But many pilots, including …").
 */
export function includingSubject(tokens: Token[], cue: Cue): TokenRange | null {
  const j = skipBetween(tokens, cue.first);
  if (tokens[j]?.text !== ',') return null;
  for (let q = j - 1; q >= Math.max(0, j - REACH); q--) {
    if (tokens[q].text === ',') return null;
    if (tokens[q].lower !== 'including' || tokens[q - 1]?.text !== ',') continue;
    const np = withoutTime(tokens, phraseEndingAt(tokens, q - 2));
    const before = np ? tokens[np.first - 1] : undefined;
    const opens = !before || before.text === ',' || before.lower === 'as' || OPENERS.has(before.pos);
    return np && opens ? np : null;
  }
  return null;
}

/** The speaker phrase `np` widened over a postmodifier or a coordinated speaker, up to `end`. */
export function subjectExtent(tokens: Token[], np: TokenRange | null, end: number): TokenRange | null {
  return np && coordinated(tokens, postmodified(tokens, np), end);
}
