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

/** The words an article writes in lower case somewhere: as written, and by lemma ("server" of "servers"). */
interface LowerCase {
  words: Set<string>;
  lemmas: Set<string>;
}

/** An article's `LowerCase`: it does not depend on the pair, so it is built once per source, in one pass. */
const lowerCaseOf = once((source: AnalyzedSource): LowerCase => {
  const out: LowerCase = { words: new Set(), lemmas: new Set() };
  for (const x of source.sentences)
    for (const t of x.tokens)
      if (opensLower(t.text)) {
        out.words.add(t.lower);
        out.lemmas.add(t.lemma);
      }
  return out;
});

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

const startsCache = new WeakMap<AnalyzedSource, Set<string>>();

/** Whether a token before a capitalised word may be part of one name with it: a capitalised word, but not an article ("The TDA"). */
const namePart = (t: Token | undefined): boolean => t !== undefined && isCapital(t) && t.pos !== 'DET';

/**
 * The capitalised words an article writes where no capitalised word but an article comes right
 * before them, in a sentence not in title case (once per source): the words a name of its own may open ("the
 * TDA"), which "York" of "New York" never is (name-edges.ts).
 */
function runStartsOf(source: AnalyzedSource): Set<string> {
  let words = startsCache.get(source);
  if (!words) {
    words = new Set(
      source.sentences.flatMap((x) =>
        titleCased(x)
          ? []
          : x.tokens.flatMap((t, i) => (isCapital(t) && !namePart(x.tokens[i - 1]) ? [t.text] : [])),
      ),
    );
    startsCache.set(source, words);
  }
  return words;
}

/** A set of words that is only asked whether it holds one. */
export type WordTest = Pick<ReadonlySet<string>, 'has'>;

/** The words of a pair the name test reads: both articles' mid-sentence capitals and lower-case words. */
export interface PairWords {
  midCapitals: WordTest;
  lowered: WordTest;
  /** Either article's `runStartsOf`. */
  runStarts: WordTest;
  /** The lemmas of the words either article writes in lower case. */
  loweredLemmas: WordTest;
}

/** Holds what either set holds: asked of both per-source sets, not copied into one a pair (issue 13). */
const either = (x: WordTest, y: WordTest): WordTest => ({ has: (word) => x.has(word) || y.has(word) });

/** The union of both articles' `capitalsWithin`, `lowerCaseOf` and `runStartsOf`, read through the per-source sets. */
export function pairWords(ctx: CompareContext): PairWords {
  return {
    midCapitals: either(capitalsWithin(ctx.a), capitalsWithin(ctx.b)),
    lowered: either(lowerCaseOf(ctx.a).words, lowerCaseOf(ctx.b).words),
    runStarts: either(runStartsOf(ctx.a), runStartsOf(ctx.b)),
    loweredLemmas: either(lowerCaseOf(ctx.a).lemmas, lowerCaseOf(ctx.b).lemmas),
  };
}
