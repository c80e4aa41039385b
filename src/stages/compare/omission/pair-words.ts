import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { CompareContext } from '../context.js';
import { hasLetter } from '../weights.js';
import { isCapital } from './acronyms.js';
import { opensQuotation, titleCased } from './not-names.js';

// Inputs: both articles of a pair. Output: the words the omission name test (`anchors.ts`) reads to
// tell a name from a capitalised common word; per source once, their union once a pair.

// Each asked of every token of a source: an ASCII first letter is decided by its code, the
// Unicode regexes read only other text (issue 13).
const opensLower = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(text);
};

// The words a source writes in lower case do not depend on the pair: built once per source.
const loweredCache = new WeakMap<AnalyzedSource, Set<string>>();

/** The words an article writes in lower case somewhere. */
function loweredWords(source: AnalyzedSource): Set<string> {
  let words = loweredCache.get(source);
  if (!words) {
    words = new Set(
      source.sentences.flatMap((x) => x.tokens.filter((t) => opensLower(t.text)).map((t) => t.lower)),
    );
    loweredCache.set(source, words);
  }
  return words;
}

const capitalsCache = new WeakMap<AnalyzedSource, Set<string>>();

/** The capitalised words an article writes inside a sentence not in title case, after its first word (once per source). */
function capitalsWithin(source: AnalyzedSource): Set<string> {
  let words = capitalsCache.get(source);
  if (!words) {
    words = new Set(
      // Not a title-case line: it capitalises every major word, names or not.
      source.sentences.flatMap((x) => {
        if (titleCased(x)) return [];
        // After the sentence's first word (an opening quotation mark is no word), and not a
        // quotation's first word: its place capitalises it too.
        const opening = x.tokens.findIndex((t) => hasLetter(t.text));
        return x.tokens.flatMap((t, i) =>
          i > opening && isCapital(t) && !opensQuotation(x.tokens, i) ? [t.text] : [],
        );
      }),
    );
    capitalsCache.set(source, words);
  }
  return words;
}

/** A set of words that is only asked whether it holds one. */
export type WordTest = Pick<ReadonlySet<string>, 'has'>;

/** The words of a pair the name test reads: both articles' mid-sentence capitals and lower-case words. */
export interface PairWords {
  midCapitals: WordTest;
  lowered: WordTest;
}

/** Holds what either set holds: asked of both per-source sets, not copied into one a pair (issue 13). */
const either = (x: WordTest, y: WordTest): WordTest => ({ has: (word) => x.has(word) || y.has(word) });

/** The union of both articles' `capitalsWithin` and `loweredWords`, read through the per-source sets. */
export function pairWords(ctx: CompareContext): PairWords {
  return {
    midCapitals: either(capitalsWithin(ctx.a), capitalsWithin(ctx.b)),
    lowered: either(loweredWords(ctx.a), loweredWords(ctx.b)),
  };
}
