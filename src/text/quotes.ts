// Quotation marks as tokens, which marks open and close a quotation: shared by segmentation (a
// quoted question and its tag are one sentence), extraction (where a speaker may start after a
// quotation) and comparison (where a content's comma may sit inside its closing quotation mark).
// Some older checks keep sets of their own (postposed.ts, preposed.ts, agreement-speaker.ts,
// extract/attribution/quotes.ts); moving them here would change what they accept.

import type { Token } from '../model/source.js';

/**
 * A closing quotation mark: straight or curly, double or single, or the doubled apostrophe ('')
 * that plain-text sources type for a closing double quote (wink splits it into two tokens, so it
 * matters only for a token that keeps it whole).
 */
const CLOSING_QUOTE = /^(?:["”’']|'')$/u;

/** An opening quotation mark: curly double or single, or straight double. */
const OPENING_QUOTE = /^[“"‘]$/u;

/** Whether a token's text is an opening quotation mark: `“`, `"` or `‘`. */
export function isOpeningQuote(text: string): boolean {
  return OPENING_QUOTE.test(text);
}

/** Whether a token's text is a closing quotation mark: `”`, `"`, `’`, `'` or `''`. */
export function isClosingQuote(text: string): boolean {
  return CLOSING_QUOTE.test(text);
}

/** The closing marks that pair with each opening one: a double quote never closes at a single mark. */
const PAIRED_CLOSE: Readonly<Record<string, RegExp>> = {
  '“': /^(?:”|'')$/u,
  '"': /^(?:"|'')$/u,
  '‘': /^’$/u,
};

/**
 * The quotation that opens at token `k`, up to the closing mark that pairs with its opening one,
 * as offsets, or null: "typed “keep out”", a quotation as a verb's object (extract/attribution/
 * topic). Pairing keeps an apostrophe inside it ("“the workers’ demands”") from closing it.
 */
export function quotationAt(tokens: readonly Token[], k: number): { start: number; end: number } | null {
  const close = PAIRED_CLOSE[tokens[k]?.text ?? ''];
  if (!close) return null;
  for (let j = k + 1; j < tokens.length; j++)
    if (close.test(tokens[j].text)) return { start: tokens[k].start, end: tokens[j].end };
  return null;
}

/**
 * Where the host clause of a participle after `comma` ends (extract/attribution/participle): the comma itself, or, when the comma
 * closes a quotation (",” saying": the comma inside the mark, Chicago Manual of Style 6.9), the
 * quotation's opening mark, since the participle hangs on the clause that frames the quotation,
 * not on a verb inside it ("The board said: “The plan failed,” adding …").
 */
export function outsideQuote(tokens: readonly Token[], comma: number): number {
  if (!isClosingQuote(tokens[comma + 1]?.text ?? '')) return comma;
  for (let k = comma - 1; k >= 0; k--) if (isOpeningQuote(tokens[k].text)) return k;
  return comma;
}
