// Inputs: a lower-cased word. Its stem, by stripping one derivational or inflectional suffix:
// "colluded" / "collude", "criminalized" / "criminalize", "national" / "nation". A word anchor of an
// omission is found by it in the other article (issue 10, cause 6: the other article often reports
// the fact in other words). Deliberately crude (no Porter rules): one suffix only, so "hospital"
// ("hospit") and "hospitalized" ("hospital") stay apart, and a stem keeps at least `MIN_STEM`
// letters, so short words keep apart ("news" is not "new").

/** The mark that keeps stems apart from words in a set of lemmas ("~nation" is not "nation"). */
export const STEM_MARK = '~';

/** Suffixes of English derivation and inflection, longest first (Quirk et al. 1985, App. I). */
const SUFFIXES = [
  'izations',
  'ization',
  'ations',
  'ation',
  'itions',
  'ition',
  'ments',
  'ment',
  'ness',
  'ities',
  'ity',
  'ings',
  'ing',
  'ions',
  'ion',
  'ives',
  'ive',
  'izes',
  'ize',
  'ized',
  'als',
  'al',
  'ers',
  'er',
  'ed',
  'es',
  'ly',
  's',
  'e',
  'y',
] as const;
/** A stem this short ("den" of "deny") joins unrelated words. */
const MIN_STEM = 4;

/** A word without its derivational or inflectional suffix: "colluded" → "collud", "collusion" → "collus". */
export function stemOf(word: string): string {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM)
      return word.slice(0, -suffix.length);
  return word;
}
