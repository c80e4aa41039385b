// Inputs: the tokens after a number. A currency name there makes the amount money: "2.4 million
// euros", "3,000 euros", "42 million US dollars", "a 5 euro fee" (user trial 21b, item 7). A
// currency sign before the number ("$42 million") is read by number-words.yaml in numbers.ts.
import { currencyName } from '../../../lexicons/currency-names.js';
import { numberWords } from '../../../lexicons/number-words.js';
import type { Token } from '../../../model/source.js';

/** Words naming the country that may stand between the number and the currency: "US", "Hong Kong". */
const MAX_COUNTRY_WORDS = 2;
const COUNTRY_POS = new Set(['PROPN', 'ADJ']);

/** A currency name after a number: the index of its token and the currency, as the counted noun. */
export interface CurrencyAfter {
  head: number;
  currency: string;
}

/**
 * True when a name that is also a weight ("pounds") is money here: never before "of" ("500 pounds
 * of explosives"); otherwise only with a country word before it ("Egyptian pounds"), "sterling"
 * after it, or a scale word ending the number ("42 million pounds"). A bare "3,000 pounds" stays a
 * count: it is as often a weight (Merriam-Webster, pound (noun) 1), and reports mostly write
 * British money with "£", which number-words.yaml reads.
 */
function weighsNot(tokens: Token[], i: number, k: number): boolean {
  if (tokens[k + 1]?.lower === 'of') return false;
  if (k > i || tokens[k + 1]?.lower === 'sterling') return true;
  return numberWords().get(tokens[i - 1]?.lower ?? '')?.kind === 'scale';
}

/**
 * The currency named at token `i` (just after the number) or after up to two country words ("US
 * dollars", "Swiss francs"); undefined when none is, or when the name is also a weight and reads
 * as one (`weighsNot`). Stops at `taken` tokens.
 */
export function currencyAfter(tokens: Token[], i: number, taken: boolean[] = []): CurrencyAfter | undefined {
  for (let k = i; k < tokens.length && k <= i + MAX_COUNTRY_WORDS && !taken[k]; k++) {
    const name = currencyName(tokens[k].lower);
    if (name)
      return name.weight && !weighsNot(tokens, i, k) ? undefined : { head: k, currency: name.currency };
    if (!COUNTRY_POS.has(tokens[k].pos)) return undefined;
  }
  return undefined;
}
