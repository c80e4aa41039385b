import { isRoleNoun } from '../lexicons/role-nouns.js';
import { roleKind } from '../lexicons/speaker-kinds.js';
import { entityWords } from '../lexicons/word-sets.js';
import { lemmas } from './speaker-head.js';

// A capitalised phrase may name a body and hold no personal name at all ("Save Our Coast"); the
// name alone cannot tell it from a person's, but a source that introduces it says what it is, by
// an appositive noun phrase right after it (Quirk et al. 1985, §17.65-17.80: "X, a watchdog
// group"). The appositive's head decides: a body's noun ("a watchdog group run by…" → group),
// not a person's ("a party leader" → leader).

/** A capitalised run, a comma and an appositive opened by an article, up to its next break. */
const APPOSED = /((?:\p{Lu}[\p{L}'’.&-]*\s+)*\p{Lu}[\p{L}'’.&-]*),\s+(?:a|an|the)\s+([^,.;:()—–]+)/gu;

/** Whether a lower-case noun names a company or another body (WordNet organisation, entity-words.yaml). */
export const isOrganisationNoun = (word: string): boolean =>
  lemmas(word).some((l) => roleKind(l) === 'organisation' || entityWords('organisation-head').has(l));

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
  for (const m of text.matchAll(APPOSED)) {
    const words = m[2]
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w !== '');
    if (headedByOrganisation(words)) names.add(m[1].split(/\s+/u).join(' ').toLowerCase());
  }
  return names;
}
