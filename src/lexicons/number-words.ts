import { loadLexicon } from './load.js';

/** How a number word combines (units and tens add up, scales multiply), or what it marks. */
export type NumberWordKind =
  | 'unit'
  | 'ten'
  | 'scale'
  | 'label'
  | 'clock'
  | 'currency'
  | 'percent'
  | 'fraction';

/** A number word from `data/number-words.yaml`. */
export interface NumberWord {
  word: string;
  /** 0 for words that are not numbers (label, clock, currency, percent). */
  value: number;
  kind: NumberWordKind;
  /** For currency signs: the currency, recorded as the counted noun (`dollar`). */
  currency?: string;
}

let table: Map<string, NumberWord> | undefined;

/** Number words by lower-cased spelling ("twenty" → 20, ten; "a.m." → clock). */
export function numberWords(): Map<string, NumberWord> {
  table ??= new Map(
    loadLexicon<NumberWord>('number-words').entries.map((e) => [
      String(e.word),
      { ...e, value: e.value ?? 0 },
    ]),
  );
  return table;
}
