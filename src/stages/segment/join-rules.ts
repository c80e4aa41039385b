// wink-nlp breaks sentences where a newspaper does not: inside "(D-R.I.)" and AP party-state tags
// ("R-S." | "C., said …"), after "Rev." or "Maj.", before a piece that opens with ";" or holds only
// punctuation, inside a headline's initialism, and between a quoted "!" or "?" and its tag ("“Get
// out!” he said."). A join rule sees two neighbouring pieces of one line and says whether they are
// one sentence, or (the state carry) where the break belongs instead.
import { isAbbreviation, isTwoPartState } from '../../lexicons/abbreviations.js';
import { reportingVerb } from '../../lexicons/reporting-verbs.js';
import type { Token } from '../../model/source.js';
import { isClosingQuote } from '../../text/quotes.js';

/** Two neighbouring pieces of a line, as wink split them, and whether the line is a headline. */
export interface JoinInput {
  before: Token[];
  after: Token[];
  headline?: boolean;
}

/**
 * A join rule: true when the break between the pieces is not a sentence end; 'carry' when the
 * first token of `after` ends the sentence before and the rest of `after` starts a new one.
 */
export type JoinRule = (input: JoinInput) => boolean | 'carry';

/** A piece of punctuation that never opens a sentence. */
const NO_OPENER = /^[,;:)\]]$/u;

const firstWord = (tokens: Token[]) => tokens.find((t) => /\p{L}/u.test(t.text));

/** "(D-Calif.)" + "said it.": a piece that starts with a lower-case word continues the sentence. */
export const lowerCaseNext: JoinRule = ({ after }) => /^\p{Ll}/u.test(firstWord(after)?.text ?? '');

/**
 * "… Goodlatte, R-Va." + "; House …", "… ‘secret law.’" + "”": no sentence starts with a comma,
 * semicolon, colon or closing bracket, and a piece of punctuation alone ends the sentence before it.
 */
export const punctuationNext: JoinRule = ({ after }) =>
  NO_OPENER.test(after[0]?.text ?? '') || after.every((t) => !/[\p{L}\p{N}]/u.test(t.text));

/** "Rep. Jim Langevin (D-R." + "I.) agreed.": no sentence ends inside an open parenthesis. */
export const openParenthesis: JoinRule = ({ before }) => {
  let depth = 0;
  // The last 64 tokens are enough for a parenthesis, and keep long joined runs linear.
  for (const t of before.slice(-64)) depth += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  return depth > 0;
};

/** "A (D-Calif.)" + "Senator …": a short abbreviation in parentheses is a party-state tag, not an end. */
export const abbreviationInParentheses: JoinRule = ({ before }) => {
  const tail = before
    .slice(-8)
    .map((t) => t.text)
    .join('');
  return /\([^\s()]{1,12}\.\)$/u.test(tail);
};

/** "Sgt. Maj." + "Ray …": a title, month or "No." from the abbreviations lexicon, before a name or number. */
export const titleAbbreviation: JoinRule = ({ before, after }) => {
  const [word, dot] = before.slice(-2).map((t) => t.text);
  const bare = dot === '.' ? word : dot?.endsWith('.') ? dot.slice(0, -1) : '';
  return isAbbreviation(bare ?? '') && /^[\p{Lu}\d]/u.test(after[0]?.text ?? '');
};

/**
 * A headline's "… Chance G.O.P." + "Will Lose House": every headline word is capitalised, so a
 * capital after an initialism (letters with periods, AP Stylebook "abbreviations and acronyms")
 * does not start a sentence there as it may in body text ("in the U.S. The next day …").
 */
export const headlineInitialism: JoinRule = ({ before, after, headline }) => {
  if (!headline || after.length === 0) return false;
  const [word, dot] = before.slice(-2).map((t) => t.text);
  const last = dot === '.' ? `${word}.` : dot;
  return /^(?:\p{Lu}\.){2,}$/u.test(last ?? '');
};

/** "“Why?”" + "Trump asked.": a quoted question or exclamation and a short reporting tag. */
export const quotedExclamationTag: JoinRule = ({ before, after }) => {
  const [mark, close] = before.slice(-2).map((t) => t.text);
  if (!/^[!?]$/u.test(mark ?? '') || !isClosingQuote(close ?? '')) return false;
  const words = after.filter((t) => /\p{L}/u.test(t.text));
  return (
    words.length <= 8 && words.some((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && reportingVerb(t.lemma))
  );
};

// AP Stylebook, "party affiliation": "Sen. Jim Ray, R-S.C., said …". wink cuts the tag inside a
// two-part state abbreviation ("R-S." | "C., said …"), which leaves the rest of the sentence
// without its subject. Only a two-part abbreviation of the lexicon counts, so that "Jay-Z." |
// "Dr. Ruiz …" and "super-G." | "Mr. Lind …" stay two sentences.

/**
 * The two-part state the break cuts, "S.C" of "R-S." + "C.", "U.S" of "non-U." + "S.": a word, a
 * hyphen, one capital and a period before the break, and the state's last part after it.
 */
function cutState(before: Token[], after: Token[]): boolean {
  const [word, hyphen, letter, dot] = before.slice(-4).map((t) => t.text);
  const part = after[0]?.text ?? '';
  if (dot !== '.' || !part.endsWith('.') || isAbbreviation(part.slice(0, -1))) return false;
  // wink keeps "non-U" as one token, and splits "R-S" into three.
  const oneToken = /^\p{L}+-(\p{Lu})$/u.exec(letter ?? '')?.[1];
  const split =
    /^\p{L}+$/u.test(word ?? '') && hyphen === '-' && /^\p{Lu}$/u.test(letter ?? '') ? letter : undefined;
  const first = oneToken ?? split;
  return first !== undefined && isTwoPartState(`${first}.${part.slice(0, -1)}`);
}

/** "Sen. Jim Ray, R-S." + "C., would …": the tag was cut inside its state and the sentence goes on. */
export const partyStateTag: JoinRule = ({ before, after }) =>
  cutState(before, after) &&
  (after.length === 1 || NO_OPENER.test(after[1].text) || /^\p{Ll}/u.test(after[1].text));

/**
 * "… said Rep. Ana Ruiz, D-N." + "Y. “We will …”": the tag ends the sentence, so only its last part
 * belongs before the break, and the rest starts the next sentence.
 */
export const stateTagCarry: JoinRule = ({ before, after }) =>
  after.length > 1 && cutState(before, after) ? 'carry' : false;
