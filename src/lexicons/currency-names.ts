import { loadLexicon } from './load.js';

/** A currency name from `data/currency-names.yaml`. */
export interface CurrencyName {
  word: string;
  /** The singular name, recorded as the counted noun (`euro`), as a currency sign's `currency` is. */
  currency: string;
  /** Also a unit of weight ("pounds"): not money before "of". */
  weight?: boolean;
}

let byWord: ReadonlyMap<string, CurrencyName> | undefined;

/** The currency a lower-cased word names ("euros" → euro, "yen" → yen); undefined for any other word. */
export function currencyName(lower: string): CurrencyName | undefined {
  byWord ??= new Map(loadLexicon<CurrencyName>('currency-names').entries.map((e) => [e.word, e] as const));
  return byWord.get(lower);
}
