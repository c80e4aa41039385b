import { givenNameForms, isAmbiguousGivenName } from '../../../lexicons/given-names.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Token } from '../../../model/source.js';
import { once } from '../once.js';
import { isCapital } from './acronyms.js';
import { reporting } from './mentions.js';

// Inputs: the two articles of a pair. Whether a lone given name one article writes ("Dick said")
// names a person the other article names by another form of it ("Richard Ostrander"): a
// "never mentions 'Dick'" beside "Richard Ostrander" would be false.

/** Surname → the capitalised words written right before it in a name: "Liz Moran" gives Moran → {Liz}. */
export type GivenNames = ReadonlyMap<string, ReadonlySet<string>>;

/** The given names an article writes before each capitalised word, once per source. */
export const givenNamesOf: (source: AnalyzedSource) => GivenNames = once(collectGivenNames);

/** A middle initial ("R." of "Joseph R. Biden", "W" of "George W Bush"): no given name or surname itself. */
const INITIAL = /^\p{Lu}\.?$/u;

/** Two proper nouns written one space apart: "Liz Moran", not "Liz, Moran". */
const tight = (a: Token, b: Token | undefined): boolean =>
  b !== undefined &&
  a.pos === 'PROPN' &&
  b.pos === 'PROPN' &&
  isCapital(a) &&
  isCapital(b) &&
  b.start === a.end + 1;

function collectGivenNames(source: AnalyzedSource): GivenNames {
  const found = new Map<string, Set<string>>();
  for (const sentence of source.sentences.filter(reporting)) {
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      if (INITIAL.test(t.text) || !tight(t, tokens[i + 1])) continue;
      // The surname is the next name word, across middle initials: "Richard M. Harlow" names
      // Harlow as "Richard Harlow" does.
      let j = i + 1;
      while (INITIAL.test(tokens[j].text) && tight(tokens[j], tokens[j + 1])) j++;
      if (INITIAL.test(tokens[j].text)) continue;
      const set = found.get(tokens[j].text) ?? new Set<string>();
      set.add(t.text);
      found.set(tokens[j].text, set);
    }
  }
  return found;
}

/**
 * Given name → the surnames an article writes right after it ("Dick Ostrander" gives Dick →
 * [Ostrander]), once per article (`givenNamesOf` is cached, so its map is a stable key). Only as
 * written: a lone "Elizabeth" beside "Liz Moran" may be another Elizabeth, and "Joey's Diner"
 * beside "Joe Ostrander" is no Joey Ostrander.
 */
const surnamesByGiven = once((names: GivenNames): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const [surname, given] of names) for (const g of given) out.set(g, [...(out.get(g) ?? []), surname]);
  return out;
});

/**
 * The surname of the person a lone given name names in its own article, when the other article
 * names that same surname with another form of the name ("Dick" of "Dick Ostrander" against
 * "Richard Ostrander"); null when unsure. Strict on both sides: the own article must join the
 * name to one surname only, and the other must write an unambiguous form of the name before it
 * that the name is not itself (that one a plain capital finds). A form of two names ("Pat",
 * "Harry") joins nothing: "Pat Lund" may be Patricia where the other article names only her
 * husband Patrick. Left to chance: two relatives with two forms of one name ("Dick Lund" the son,
 * "Richard Lund" the father).
 */
export function sameBearer(word: string, own: GivenNames, other: GivenNames): string | null {
  const forms = givenNameForms(word);
  // A name with no other form cannot join another form (`joins` below would find none): a shortcut.
  if (forms.size < 2 || isAmbiguousGivenName(word)) return null;
  const surnames = surnamesByGiven(own).get(word) ?? [];
  if (surnames.length !== 1) return null;
  const [surname] = surnames;
  const there = other.get(surname);
  const joins = (g: string) => g !== word && forms.has(g) && !isAmbiguousGivenName(g);
  return there && [...there].some(joins) ? surname : null;
}
