// Quotation marks as tokens, shared by extraction (where a speaker may start after a quotation)
// and comparison (where a content's comma may sit inside its closing quotation mark).

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
