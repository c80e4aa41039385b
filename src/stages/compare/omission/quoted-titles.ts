import type { Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import { isOpeningQuote, quotationAt } from '../../../text/quotes.js';
import { isCapital } from './acronyms.js';

// Inputs: one sentence's tokens and the runs of name words found in it. A quotation whose words
// are all in title case ("Bring Home the Harvest", a song) is a title: its capitals are the
// title's style, so a capitalised word of it names nothing apart from it (issue 10: an explanation
// said the other article "never mentions Harvest"). Its name words are one item, named by the quotation as written.

/** Words this long are capitalised in a title (AP Stylebook, "composition titles": every word of four letters or more). */
const MAJOR_WORD = 4;

/** A quotation (a title or not): the quotation with its marks, and the tokens inside them. */
export interface Quotation {
  range: TextRange;
  words: Token[];
}

const hasLetter = (t: Token) => /\p{L}/u.test(t.text);

/** Whether the words inside a quotation read as a title: two words at least, the first and every long one capitalised. */
function titled(inside: Token[]): boolean {
  const words = inside.filter(hasLetter);
  return (
    words.length >= 2 &&
    isCapital(words[0]) &&
    words.every((t) => isCapital(t) || t.text.length < MAJOR_WORD) &&
    // A quotation of speech ends on its own stop or comma ("Go Home Now!"); a title does not.
    !/[.,!?;:]/.test(inside.at(-1)?.text ?? '')
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
 * The runs with those inside one quoted title joined into one, which the explanation names by the
 * title (`titled`). A title makes no name of words the tagger took for none: its name words are
 * still the runs' own, and a title that holds no run is no item.
 */
export function withTitles(
  runs: Token[][],
  titles: Quotation[],
): { runs: Token[][]; titled: Map<Token[], TextRange> } {
  const titled = new Map<Token[], TextRange>();
  const joined = new Map<Quotation, Token[]>();
  const out: Token[][] = [];
  for (const run of runs) {
    const title = titles.find((x) => x.range.start < run[0].start && run[run.length - 1].end < x.range.end);
    const into = title && joined.get(title);
    if (into) into.push(...run);
    else if (!title) out.push(run);
    else {
      const words = [...run];
      joined.set(title, words);
      titled.set(words, title.range);
      out.push(words);
    }
  }
  return { runs: out, titled };
}
