import { givenNameForms, isFullGivenName } from '../../../lexicons/given-names.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { isCapital } from './acronyms.js';
import { reporting } from './mentions.js';

// Inputs: the two articles of a pair. Whether a lone given name one article writes ("Dick said")
// names a person the other article names by another form of it ("Richard Blumenthal"): a
// "never mentions 'Dick'" beside "Richard Blumenthal" is false (issue 10, judged tune omissions).

/** Surname → the capitalised words written right before it in a name: "Liz Cheney" gives Cheney → {Liz}. */
export type GivenNames = ReadonlyMap<string, ReadonlySet<string>>;

const cache = new WeakMap<AnalyzedSource, GivenNames>();

/** The given names an article writes before each capitalised word, once per source. */
export function givenNamesOf(source: AnalyzedSource): GivenNames {
  let found = cache.get(source) as Map<string, Set<string>> | undefined;
  if (found) return found;
  found = new Map();
  for (const sentence of source.sentences.filter(reporting)) {
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [t, next] = [tokens[i], tokens[i + 1]];
      // Two proper nouns written one space apart: "Liz Cheney", not "Liz, Cheney".
      if (t.pos !== 'PROPN' || next.pos !== 'PROPN' || !isCapital(t) || !isCapital(next)) continue;
      if (next.start !== t.end + 1) continue;
      const set = found.get(next.text) ?? new Set<string>();
      set.add(t.text);
      found.set(next.text, set);
    }
  }
  cache.set(source, found);
  return found;
}

/**
 * The surnames an article writes after the name itself, or, for a full name ("Elizabeth"), after
 * any form of it ("Liz Cheney"): the press gives a person's full name beside the short one. A short
 * form is joined only as written: "Joey's Diner" beside "Joe Arpaio" is no Joey Arpaio.
 */
function surnamesOf(names: GivenNames, word: string, forms: ReadonlySet<string>): string[] {
  const joins = isFullGivenName(word) ? (g: string) => forms.has(g) : (g: string) => g === word;
  const out: string[] = [];
  for (const [surname, given] of names) if ([...given].some(joins)) out.push(surname);
  return out;
}

/**
 * The surname of the person a lone given name names in its own article, when the other article
 * names that same surname with another form of the name ("Dick" of "Dick Blumenthal" against
 * "Richard Blumenthal"); null when unsure. Strict on both sides: the own article must join the
 * name to one surname only (`surnamesOf`), and the other must write a form of the name before it that
 * the name is not itself (that one a plain capital finds). "Mary Cheney" is no form of
 * "Elizabeth": another person of the same surname does not count.
 */
export function sameBearer(word: string, own: GivenNames, other: GivenNames): string | null {
  const forms = givenNameForms(word);
  if (forms.size < 2) return null;
  const surnames = surnamesOf(own, word, forms);
  if (surnames.length !== 1) return null;
  const [surname] = surnames;
  const there = other.get(surname);
  return there && [...there].some((g) => g !== word && forms.has(g)) ? surname : null;
}
