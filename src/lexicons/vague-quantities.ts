import { byFirstWord } from './first-word-index.js';
import { loadLexicon } from './load.js';

/** A count without a number: a vague range ("dozens") or an unspecified plurality ("a salvo"). */
export interface VagueQuantity {
  phrase: string;
  /** Lower-cased tokens of the phrase. */
  words: string[];
  precision: 'vague' | 'unspecified';
  min?: number;
  max?: number;
}

let list: VagueQuantity[] | undefined;

/** Vague and unspecified counts from `data/vague-quantities.yaml`, longest phrase first. */
export function vagueQuantities(): VagueQuantity[] {
  list ??= loadLexicon<Omit<VagueQuantity, 'words'>>('vague-quantities')
    .entries.map((e) => ({
      phrase: e.phrase,
      words: e.phrase.split(' '),
      precision: e.precision,
      ...(e.min === undefined ? {} : { min: e.min, max: e.max }),
    }))
    .sort((x, y) => y.words.length - x.words.length);
  return list;
}

let quantitiesByFirstWord: Map<string, VagueQuantity[]> | undefined;

/**
 * The entries whose phrase starts with `word`, longest first as in `vagueQuantities`: the extract
 * rule asks at every token (`byFirstWord`).
 */
export function vagueQuantitiesStartingWith(word: string): readonly VagueQuantity[] {
  quantitiesByFirstWord ??= byFirstWord(vagueQuantities());
  return quantitiesByFirstWord.get(word) ?? [];
}
