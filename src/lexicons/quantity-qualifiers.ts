import { loadLexicon } from './load.js';

/** A qualifier before a number and the bound it makes of that number. */
export interface QuantityQualifier {
  phrase: string;
  /** Lower-cased tokens of the phrase. */
  words: string[];
  bound: 'min' | 'max' | 'about';
  /** For `about`: the relative half-width of the interval. */
  tolerance?: number;
  /** A superlative modifier ("at least", "at most"): the speaker vouches for the number itself. */
  superlative?: boolean;
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
      superlative: e.superlative,
    }))
    .sort((x, y) => y.words.length - x.words.length);
  return list;
}

/** Whether a qualifier as written ("at least", "At least") is a superlative modifier. */
export function isSuperlativeQualifier(written: string): boolean {
  const lower = written.toLowerCase();
  return quantityQualifiers().some((q) => q.superlative === true && q.phrase === lower);
}
