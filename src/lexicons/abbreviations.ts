import { loadLexicon } from './load.js';

let words: Set<string> | undefined;

/** Whether `word` (without its period, case as written) is a title, month or other abbreviation of `data/abbreviations.yaml`. */
export function isAbbreviation(word: string): boolean {
  words ??= new Set(
    loadLexicon<{ abbreviation: string }>('abbreviations').entries.map((e) => e.abbreviation),
  );
  return words.has(word);
}
