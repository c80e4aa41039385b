import { loadLexicon } from './load.js';
import { twoPartAbbreviations } from './us-states.js';

interface Entry {
  abbreviation: string;
  kind: 'title' | 'month' | 'other' | 'state';
}

let words: Set<string> | undefined;
let states: Set<string> | undefined;

const entries = (): Entry[] => loadLexicon<Entry>('abbreviations').entries;

/** Whether `word` (without its period, case as written) is a title, month or other abbreviation of `data/abbreviations.yaml`. */
export function isAbbreviation(word: string): boolean {
  words ??= new Set(entries().flatMap((e) => (e.kind === 'state' ? [] : [e.abbreviation])));
  return words.has(word);
}

/**
 * Whether `text` (without its final period: "N.Y", "W.Va") is a two-part state or country
 * abbreviation: a state's of `data/us-states.yaml`, or a `state` entry of `data/abbreviations.yaml` ("U.S").
 */
export function isTwoPartState(text: string): boolean {
  states ??= new Set([
    ...twoPartAbbreviations(),
    ...entries().flatMap((e) => (e.kind === 'state' ? [e.abbreviation] : [])),
  ]);
  return states.has(text);
}
