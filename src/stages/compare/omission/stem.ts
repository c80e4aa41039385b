import { functionWords } from '../../../lexicons/word-sets.js';

// Inputs: a lower-cased word. Its stem, by stripping one derivational or inflectional suffix:
// "colluded" / "collude", "criminalized" / "criminalize", "national" / "nation". A word anchor of an
// omission is found by it in the other article (issue 10, cause 6: the other article often reports
// the fact in other words). Deliberately crude (no Porter rules): one suffix only, so "hospital"
// ("hospit") and "hospitalized" ("hospital") stay apart, and a stem keeps at least `MIN_STEM`
// letters, so short words keep apart ("news" is not "new").

/** The mark that keeps stems apart from words in a set of lemmas ("~nation" is not "nation"). */
export const STEM_MARK = '~';

/**
 * Suffixes of English derivation and inflection (data/function-words.yaml, `word-suffix`), longest
 * first, so that "ization" goes before "ion" and "s".
 */
const suffixes = (): string[] =>
  [...functionWords('word-suffix')].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
let sorted: string[] | undefined;

/** A stem this short ("den" of "deny") joins unrelated words. */
const MIN_STEM = 4;

/**
 * A word without its derivational or inflectional suffix: "colluded" → "collud", "collusion" →
 * "collus"; undefined for a word with none, so that a bare word never meets a longer word built on
 * it ("author" / "authority", "found" / "foundation": review of omit9, item 1).
 */
export function stemOf(word: string): string | undefined {
  sorted ??= suffixes();
  for (const suffix of sorted)
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM)
      return word.slice(0, -suffix.length);
  return undefined;
}
