import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Token } from '../../../model/source.js';
import type { CompareContext } from '../context.js';
import { once } from '../once.js';
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

/** The words an article writes in lower case somewhere: they do not depend on the pair, so built once per source. */
const loweredWords = once(
  (source: AnalyzedSource): Set<string> =>
    new Set(source.sentences.flatMap((x) => x.tokens.filter((t) => opensLower(t.text)).map((t) => t.lower))),
);

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

/** Whether a token before a capitalised word may be part of one name with it: a capitalised word, but not an article ("The TDA"). */
const namePart = (t: Token | undefined): boolean => t !== undefined && isCapital(t) && t.pos !== 'DET';

/**
 * The capitalised words an article writes where no capitalised word but an article comes right
 * before them, in a sentence not in title case (once per source): the words a name of its own may
 * open ("the TDA"), where name-edges.ts cuts a modifier before an acronym.
 */
const runStartsOf = once(
  (source: AnalyzedSource): Set<string> =>
    new Set(
      source.sentences.flatMap((x) =>
        titleCased(x)
          ? []
          : x.tokens.flatMap((t, i) => (isCapital(t) && !namePart(x.tokens[i - 1]) ? [t.text] : [])),
      ),
    ),
);

/** A set of words that is only asked whether it holds one. */
export type WordTest = Pick<ReadonlySet<string>, 'has'>;

/** The words of a pair the name test reads: both articles' mid-sentence capitals and lower-case words. */
export interface PairWords {
  midCapitals: WordTest;
  lowered: WordTest;
  /** Either article's `runStartsOf`. */
  runStarts: WordTest;
}

/** Holds what either set holds: asked of both per-source sets, not copied into one a pair (issue 13). */
const either = (x: WordTest, y: WordTest): WordTest => ({ has: (word) => x.has(word) || y.has(word) });

/** The union of both articles' `capitalsWithin`, `loweredWords` and `runStartsOf`, read through the per-source sets. */
export function pairWords(ctx: CompareContext): PairWords {
  return {
    midCapitals: either(capitalsWithin(ctx.a), capitalsWithin(ctx.b)),
    lowered: either(loweredWords(ctx.a), loweredWords(ctx.b)),
    runStarts: either(runStartsOf(ctx.a), runStartsOf(ctx.b)),
  };
}
