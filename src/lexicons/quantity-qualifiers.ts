import { loadLexicon } from './load.js';

/** A qualifier before a number and the bound it makes of that number. */
export interface QuantityQualifier {
  phrase: string;
  /** Lower-cased tokens of the phrase. */
  words: string[];
  bound: 'min' | 'max' | 'about';
  /** For `about`: the relative half-width of the interval. */
  tolerance?: number;
}

let list: QuantityQualifier[] | undefined;

/** Qualifiers from `data/quantity-qualifiers.yaml`, longest phrase first. */
export function quantityQualifiers(): QuantityQualifier[] {
  list ??= loadLexicon<Omit<QuantityQualifier, 'words'>>('quantity-qualifiers')
    .entries.map((e) => ({
      phrase: e.phrase,
      words: e.phrase.split(' '),
      bound: e.bound,
      tolerance: e.tolerance,
    }))
    .sort((x, y) => y.words.length - x.words.length);
  return list;
}
