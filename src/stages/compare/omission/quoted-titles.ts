import type { Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import { isOpeningQuote, quotationAt } from '../../../text/quotes.js';
import { hasLetter } from '../weights.js';
import { isCapital } from './acronyms.js';

// Inputs: one sentence's tokens and the runs of name words found in it. A quotation whose words
// are all in title case ("Bring Home the Harvest", a song) is a title: its capitals are the
// title's style, so a capitalised word of it names nothing apart from it (issue 10: an explanation
// said the other article "never mentions Harvest"). Its name words are one item, named by the
// quotation as written, and mentioned only where the other article writes all of them: never by
// the title's initials ("(AP)") or its last name word alone (name-runs.ts).

/** Words this long are capitalised in a title (AP Stylebook, "composition titles": every word of four letters or more). */
const MAJOR_WORD = 4;

/** A quotation (a title or not): the quotation with its marks, and the tokens inside them. */
export interface Quotation {
  range: TextRange;
  words: Token[];
}

/** A title of no small word in lower case is at most this long ("Harbour Week Tonight"); a longer one reads as a slogan. */
const PLAIN_TITLE_WORDS = 3;

/** Whether a word is part of a hyphened one ("by" of "Varn-by-Sea"): no small word of a title. */
const hyphened = (t: Token, tokens: Token[]): boolean => {
  const k = tokens.indexOf(t);
  return tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-';
};

/** A word in title case: a capital, then a small letter. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Marks that end or part a sentence's clauses: a title holds none inside it. */
const CLAUSE_MARK = /^[.,!?;:]$/;

/**
 * Whether the words inside a quotation read as a title: two words at least, the first and every
 * long one capitalised, no mark that parts clauses ("Varn Must Go, Morrow Must Pay" is two
 * slogans), a word in title case (not a shout in capitals: "NO DEAL and NO DELAY"), and a small
 * word in lower case ("the", as titles write it) or few words. A comma or full stop closing the
 * quotation is the sentence's, set inside the marks in American style ("Bring Home the Harvest,").
 */
function titled(inside: Token[]): boolean {
  const last = inside.at(-1)?.text ?? '';
  const body = last === ',' || last === '.' ? inside.slice(0, -1) : inside;
  if (body.some((t) => CLAUSE_MARK.test(t.text))) return false;
  const words = body.filter((t) => hasLetter(t.text));
  return (
    words.length >= 2 &&
    isCapital(words[0]) &&
    words.every((t) => isCapital(t) || t.text.length < MAJOR_WORD) &&
    words.some((t) => TITLE_CASE.test(t.text)) &&
    (words.length <= PLAIN_TITLE_WORDS || words.some((t) => !isCapital(t) && !hyphened(t, body)))
  );
}

/** The quotations of a sentence, in order: each opening mark paired with its closing one (text/quotes.ts). */
export function quotationsOf(tokens: Token[], text: string): Quotation[] {
  const found: Quotation[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isOpeningQuote(tokens[k].text)) continue;
    const quote = quotationAt(tokens, k);
    if (!quote) continue;
    const end = tokens.findIndex((t) => t.end === quote.end);
    found.push({
      range: { ...quote, text: text.slice(quote.start, quote.end) },
      words: tokens.slice(k + 1, end),
    });
    k = end;
  }
  return found;
}

/** The quotations that are titles. */
export const quotedTitles = (quotations: Quotation[]): Quotation[] =>
  quotations.filter((q) => titled(q.words));

/**
 * A title's words as written, from its first word to its last, without the marks and a comma or
 * stop before the closing one: a name's range is its words, and the explanation lists it among others.
 */
function wordsRange(x: Quotation): TextRange {
  const words = x.words.filter((t) => hasLetter(t.text));
  const [start, end] = [words[0].start, words[words.length - 1].end];
  return { start, end, text: x.range.text.slice(start - x.range.start, end - x.range.start) };
}

/**
 * The runs with those inside one quoted title joined into one, which the explanation names by the
 * title (`titled`). A title makes no name of words the tagger took for none: its name words are
 * still the runs' own, and a title that holds no run is no item.
 */
export function withTitles(
  runs: Token[][],
  titles: Quotation[],
): { runs: Token[][]; titled: Map<Token[], TextRange> } {
  // A quotation that is one name and nothing else ("Ada Morrow.") is that name, not a title of it.
  const wordsOf = (x: Quotation) => x.words.filter((t) => hasLetter(t.text));
  const joinable = titles.filter((x) => !runs.some((run) => wordsOf(x).every((t) => run.includes(t))));
  const titled = new Map<Token[], TextRange>();
  const joined = new Map<Quotation, Token[]>();
  const out: Token[][] = [];
  for (const run of runs) {
    const title = joinable.find((x) => x.range.start < run[0].start && run[run.length - 1].end < x.range.end);
    const into = title && joined.get(title);
    if (into) into.push(...run);
    else if (!title) out.push(run);
    else {
      const words = [...run];
      joined.set(title, words);
      titled.set(words, wordsRange(title));
      out.push(words);
    }
  }
  return { runs: out, titled };
}
