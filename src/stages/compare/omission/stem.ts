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

/**
 * The suffixes by their last letter, each list longest first as `suffixes` orders them: only those
 * can end a word that ends in that letter, so a word is tried against a few, not all of them (every
 * content word of a source is stemmed: the loop over all was most of `stemOf`'s time, speed25).
 */
function byLastLetter(): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const suffix of suffixes()) {
    if (suffix === '') throw new Error('function-words.yaml: a word-suffix is at least one letter');
    const last = suffix[suffix.length - 1];
    buckets.set(last, [...(buckets.get(last) ?? []), suffix]);
  }
  return buckets;
}
let sorted: Map<string, string[]> | undefined;

/** A stem this short ("den" of "deny") joins unrelated words. */
const MIN_STEM = 4;

/**
 * A word without its derivational or inflectional suffix: "colluded" → "collud", "collusion" →
 * "collus"; undefined for a word with none, so that a bare word never meets a longer word built on
 * it ("author" / "authority", "found" / "foundation": review of omit9, item 1).
 */
export function stemOf(word: string): string | undefined {
  sorted ??= byLastLetter();
  for (const suffix of sorted.get(word[word.length - 1]) ?? [])
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM)
      return word.slice(0, -suffix.length);
  return undefined;
}

/**
 * The parts of speech a stem is taken of. Requiring one class on both sides ("mission" /
 * "missing", "executive" / "executed"; review of omit9, item 1) was measured and left off: with no
 * derivation data it also parts "collusion" / "colluded", and readers' judged WRONG omissions on
 * tune pairs came back (proxy, 2026-11-30: 78 → 79 of 137 shown).
 */
const STEMMED: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ']);

/** A word's stem as the mentions of an article hold it, marked apart from words; undefined for none. */
export function stemKey(pos: string, word: string): string | undefined {
  const stem = STEMMED.has(pos) ? stemOf(word) : undefined;
  return stem ? `${STEM_MARK}${stem}` : undefined;
}
