import { loadLexicon } from './load.js';

/** How a number word combines (units and tens add up, scales multiply), or what it marks. */
export type NumberWordKind = 'unit' | 'ten' | 'scale' | 'label' | 'clock';

/** A number word from `data/number-words.yaml`. */
export interface NumberWord {
  word: string;
  /** Absent for `label` and `clock` words. */
  value: number;
  kind: NumberWordKind;
}

let table: Map<string, NumberWord> | undefined;

/** Number words by lower-cased spelling ("twenty" → 20, ten; "a.m." → clock). */
export function numberWords(): Map<string, NumberWord> {
  table ??= new Map(
    loadLexicon<NumberWord>('number-words').entries.map((e) => [String(e.word), { ...e, value: e.value ?? 0 }]),
  );
  return table;
}
