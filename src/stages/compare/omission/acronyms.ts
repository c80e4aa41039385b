import { entityWords, functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

// Inputs: a run of capitalised name words (and the small words between them) of one sentence.
// The acronyms it spells, so that "TPP" in one article finds "Trans-Pacific Partnership" in the
// other and back (issue 10: an omission checked against the other article's other words).

const CAPITAL = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;

/** Whether a token starts with a capital letter: names, and words of titles. */
export const isCapital = (t: Token): boolean => {
  // An ASCII first letter is decided without the Unicode regex: most tokens of English news (issue 13).
  const code = t.text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(t.text);
};

/**
 * Whether a token is a small word inside a name, which an acronym may keep or drop: "Department
 * of Justice" is DOJ, "Federal Bureau of Investigation" FBI (data/function-words.yaml, `name-connector`).
 */
export const isConnector = (t: Token): boolean => isConnectorWord(t.lower);

/** `isConnector` for a lower-cased word of the text, not a token. */
export const isConnectorWord = (lower: string): boolean => functionWords('name-connector').has(lower);

/**
 * A hyphen written tight against a name word ("Trans-Pacific", which the tokenizer may split in
 * three) keeps the name going; not after a party's letter ("R-Texas" places a member, AP style).
 */
export const joinsName = (run: Token[], t: Token): boolean =>
  t.text === '-' &&
  run.length > 0 &&
  run[run.length - 1].end === t.start &&
  run[run.length - 1].text.length >= 3;

/**
 * An acronym written with a full stop after each capital: "F.H.A.", "U.S." (not "Jr.", and never a
 * lower-case abbreviation: "p.m." and "e.g." spell no name; AP Stylebook, "abbreviations and
 * acronyms", speaks of capital letters).
 */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

/**
 * A token as the letters it spells when it is an acronym written with full stops ("F.H.A." →
 * "fha"), else the token in lower case: "F.H.A." and "FHA" are one name (outlets differ only in
 * the stops), as a mention and as an item (issue 10). Read from the token as written, since its
 * capitals tell an acronym from "p.m.".
 */
export const lettersOf = (t: Token): string =>
  DOTTED.test(t.text) ? t.text.replace(/\./g, '').toLowerCase() : t.lower;

/** The letters a name word gives its acronym: each capitalised part of "Trans-Pacific", a small word's first, none for "the" or a hyphen. */
function letters(t: Token): string {
  if (isCapital(t)) {
    // A loop, not split/filter/map/join: this runs for every name word of every article (issue 13).
    let out = '';
    for (const part of t.text.split('-')) if (CAPITAL.test(part)) out += part[0];
    return out;
  }
  return t.lower === 'the' || !LETTER.test(t.text) ? '' : t.text[0].toUpperCase();
}

/** The acronyms of one run that starts and ends on a capitalised word, without and with its small words. */
function spelled(words: Token[]): string[] {
  if (words.filter(isCapital).length < 2) return [];
  const capitals = words.filter(isCapital).map(letters).join('');
  const all = words.map(letters).join('');
  return capitals === all ? [capitals] : [capitals, all];
}

/**
 * The acronyms a run of name words spells: the initials of its capitalised words, each part of a
 * hyphenated word counting ("Trans-Pacific Partnership" → "TPP"), without and with the small words
 * inside it ("National Organization for Women" → "NOW"; never a "the"); and those of its parts
 * between small words ("Riders of the North-South Rail Link" → "NSRL"). Runs of one word spell none.
 */
export function initialsOf(run: Token[]): string[] {
  // Fewer than two capitalised words spell nothing, whole or in parts (`spelled`): most runs,
  // and every closed empty run of `collect` (issue 13), answered without slicing.
  let capitals = 0;
  for (const t of run) if (isCapital(t)) capitals += 1;
  if (capitals < 2) return [];
  let end = run.length;
  while (end > 0 && isConnector(run[end - 1])) end -= 1;
  const words = run.slice(0, end);
  const parts: Token[][] = [[]];
  for (const t of words) {
    if (isConnector(t)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const found = [...spelled(words), ...(parts.length > 1 ? parts.flatMap(spelled) : [])];
  return [...new Set(found)];
}

/**
 * The acronym of a name written with its head last, as of the same name with its head first:
 * "Justice Department" is the "Department of Justice", DOJ; "Homeland Security Department" also
 * DHS (data/entity-words.yaml, `inverted-head`). Both orders are in use for one body (AP
 * Stylebook), and an article that writes one spells the other's acronym. The head is the token at
 * `end`; the name is the capitals right before it, whatever their tag (the tagger reads "Justice"
 * of "the Justice Department" as a common noun), without a "The" that opens the sentence.
 * Read only of the article an acronym is looked up in (omission/mentions.ts), never to spell a
 * name's own initials: two spelled names would then meet by chance ("State Department" and a
 * subheading "Details of Summit" both spell DOS).
 */
export function invertedInitials(tokens: Token[], end: number): string[] {
  const head = tokens[end];
  if (!isCapital(head) || !entityWords('inverted-head').has(head.lower)) return [];
  let start = end;
  while (start > 0 && isCapital(tokens[start - 1])) start -= 1;
  while (start < end && isConnector(tokens[start])) start += 1;
  if (start === end) return [];
  const before = tokens.slice(start, end);
  const rest = before.map(letters).join('');
  const first = letters(head);
  return before.length > 1 ? [`${first}O${rest}`, `${first}${rest}`] : [`${first}O${rest}`];
}
