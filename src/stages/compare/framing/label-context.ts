// Inputs: the tokens of a sentence and where a lexicon label stands in them. Output: whether the
// words are a label at all (not part of a compound, not followed by another referent's name) and
// whose label it is (the proper-name modifier before it). Issue 10: framing needs one referent.
import type { FramingLabel } from '../../../lexicons/framing.js';
import type { Token } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';

/**
 * A token matches a label word by lemma or surface; a capitalised plural ("Immigrants" in a
 * title-case headline, which the tagger reads as a name and does not lemmatise) also by its
 * surface without the plural -s.
 */
const matchesWord = (token: Token, word: string): boolean =>
  straightApostrophes(token.lemma) === word ||
  straightApostrophes(token.lower) === word ||
  (token.pos === 'PROPN' && straightApostrophes(token.lower) === `${word}s`);

/** True when `words` occur in `tokens` starting at `at`. */
export function matchesAt(tokens: Token[], at: number, words: string[]): boolean {
  return at + words.length <= tokens.length && words.every((w, i) => matchesWord(tokens[at + i], w));
}

/** Labels written as nouns or adjectives take modifiers; a verb ("killed") does not. */
export const nominal = (token: Token): boolean => token.pos !== 'VERB' && token.pos !== 'AUX';

/**
 * Words inside a compound are not labels: "talking" in "tough-talking", "government" in
 * "government-rebel", "meetings" in "town hall meetings" (a common noun before the label makes
 * it part of another noun's name).
 */
export function insideCompound(text: string, tokens: Token[], from: number, to: number): boolean {
  const before = text[tokens[from].start - 1];
  const after = text[tokens[to - 1].end];
  if (before === '-' || after === '-') return true;
  return nominal(tokens[from]) && from > 0 && tokens[from - 1].pos === 'NOUN';
}

/** "militants from Islamic State": the words after the label name someone else. */
export function namesOtherReferent(tokens: Token[], to: number, entry: FramingLabel): boolean {
  for (let at = to; at < Math.min(tokens.length, to + 4); at++) {
    if (entry.otherReferents.some((words) => matchesAt(tokens, at, words))) return true;
  }
  return false;
}

const isProper = (token: Token): boolean =>
  /^\p{Lu}/u.test(token.text) && (token.pos === 'PROPN' || token.pos === 'ADJ');

/**
 * Indexes of the capitalised words before a label that say whose it is, in text order:
 * "Syrian" regime, "Iran's" government, "North Korean" leader, "South Korea's" president.
 * The whole run is the referent's key, so North and South Korea's leaders stay apart.
 */
export function properModifier(tokens: Token[], from: number): number[] {
  let at = from - 1;
  if (at > 0 && straightApostrophes(tokens[at].lower) === "'s") at -= 1;
  const found: number[] = [];
  while (at >= 0 && found.length < 3 && isProper(tokens[at])) found.unshift(at--);
  return found;
}

/**
 * A crude key for a name word: its first four letters, so that "Syria" and "Syrian", "Iran"
 * and "Iranian", "Korea" and "Korean" agree.
 */
function countryKey(word: string): string {
  return straightApostrophes(word).replace(/'s$/u, '').slice(0, 4);
}

/** The key of a label's referent: the keys of its modifier words, or null without a modifier. */
export function referentKey(tokens: Token[], modifier: number[]): string | null {
  return modifier.length === 0 ? null : modifier.map((at) => countryKey(tokens[at].lower)).join(' ');
}

/**
 * True when two referent keys name one referent: equal, or one ends with the other when that
 * other has two words or more. A title-case headline capitalises the verb before the name
 * ("Slams North Korean Dictator"), which the modifier run then takes in; a single word such as
 * "Korean" is too vague to match "North Korean" or "South Korean".
 */
export function sameReferentKey(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.includes(' ') && long.endsWith(` ${short}`);
}

/**
 * For a group marked `notOfParty`: whether the label follows a party's name ("Centre Party
 * rebels") or is parliament's title ("leader of the opposition").
 */
export function ofParty(tokens: Token[], from: number, entry: FramingLabel): boolean {
  if (!entry.notOfParty) return false;
  if (tokens[from - 1]?.lower === 'party') return true;
  const [the, of, leader] = [tokens[from - 1], tokens[from - 2], tokens[from - 3]];
  return the?.lower === 'the' && of?.lower === 'of' && leader?.lemma.toLowerCase() === 'leader';
}
