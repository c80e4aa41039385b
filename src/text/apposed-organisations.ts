import { isRoleNoun } from '../lexicons/role-nouns.js';
import { isOrganisationNoun, lemmas } from './speaker-head.js';

// A capitalised phrase may name a body and hold no personal name at all ("Save Our Coast"); the
// name alone cannot tell it from a person's, but a source that introduces it says what it is, by
// an appositive noun phrase right after it (Quirk et al. 1985, §17.65-17.80: "X, a watchdog
// group"). The appositive's head decides: a body's noun ("a watchdog group run by…" → group),
// not a person's ("a party leader" → leader).

/** A comma and an appositive opened by an article, up to its next break. */
const APPOSITIVE = /,\s+(?:a|an|the)\s+([^,.;:()—–]+)/gu;
/** The most words of a name read back from its comma: a bound, so a long run costs no more. */
const NAME_WORDS = 8;
const CAPITALISED = /^\p{Lu}/u;

/** The capitalised words right before offset `end` ("Save Our Coast" of "…by Save Our Coast"). */
function nameBefore(text: string, end: number): string[] {
  const words = text
    .slice(Math.max(0, end - 40 * NAME_WORDS), end)
    .split(/\s+/u)
    .slice(-NAME_WORDS);
  let first = words.length;
  while (first > 0 && CAPITALISED.test(words[first - 1])) first--;
  return words.slice(first);
}

/** How many words may stand between an appositive's article and its head ("the coastal advocacy group"). */
const MODIFIERS = 2;

/** Whether a lower-case word is a noun of people or of bodies: a candidate head of an appositive. */
const isHeadNoun = (word: string) => isOrganisationNoun(word) || lemmas(word).some(isRoleNoun);

/**
 * Whether an appositive's words (after its article) are headed by a noun of a body: the last of
 * the first nouns of people or bodies in a row ("watchdog group" of "a watchdog group run by
 * lawyers" → group; "party leader" → leader; "group’s president" → president).
 */
function headedByOrganisation(words: string[]): boolean {
  const first = words.findIndex(isHeadNoun);
  // A noun phrase's head comes after few modifiers; a noun further on is in a clause ("X, the
  // report said that…"), not the appositive's head.
  if (first < 0 || first > MODIFIERS) return false;
  let last = first;
  while (last + 1 < words.length && isHeadNoun(words[last + 1])) last++;
  return !/['’]s?$/u.test(words[last]) && isOrganisationNoun(words[last]);
}

/**
 * The names (lower-cased, words joined by one space) a source's text calls an organisation by
 * apposition: "Save Our Coast, a watchdog group" → "save our coast".
 */
export function apposedOrganisations(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(APPOSITIVE)) {
    const words = m[1]
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w !== '');
    const name = nameBefore(text, m.index);
    if (name.length > 0 && headedByOrganisation(words)) names.add(name.join(' ').toLowerCase());
  }
  return names;
}
