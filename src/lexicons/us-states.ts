import { loadLexicon } from './load.js';

/** One state of `data/us-states.yaml`: its name, AP abbreviation (none for the eight AP spells out) and USPS code. */
export interface UsState {
  state: string;
  ap?: string;
  usps: string;
  /** An abbreviation of another cited style that AP does not write ("Tex."). */
  other?: string;
  /** Whether the name also names another place or person (the country Georgia, the capital Washington). */
  shared?: boolean;
}

let names: Set<string> | undefined;
let byAbbreviation: Map<string, string> | undefined;
let byCode: Map<string, string> | undefined;
let shared: Set<string> | undefined;

/** Every state and the District of Columbia, in the file's order. */
export const usStates = (): UsState[] => loadLexicon<UsState>('us-states').entries;

/** Whether a text is a state's name as the lexicon writes it ("New Mexico"; not "Mexico", "new mexico"). */
export function isStateName(text: string): boolean {
  names ??= new Set(usStates().map((e) => e.state));
  return names.has(text);
}

/** Whether a state's name also names another place or person (the entry's `shared`: Georgia, Washington). */
export function isSharedStateName(state: string): boolean {
  shared ??= new Set(usStates().flatMap((e) => (e.shared ? [e.state] : [])));
  return shared.has(state);
}

/** The abbreviations of a state: its AP one and the other style's, each with its periods. */
export const abbreviationsOf = (e: UsState): string[] => [e.ap, e.other].flatMap((x) => (x ? [x] : []));

/** The state an abbreviation names, written with its periods: "Tenn." → "Tennessee", "Tex." → "Texas", else null. */
export function stateOfAbbreviation(written: string): string | null {
  byAbbreviation ??= new Map(usStates().flatMap((e) => abbreviationsOf(e).map((x) => [x, e.state] as const)));
  return byAbbreviation.get(written) ?? null;
}

/** The state a two-letter USPS code names: "TN" → "Tennessee", else null. */
export function stateOfCode(code: string): string | null {
  byCode ??= new Map(usStates().map((e) => [e.usps, e.state]));
  return byCode.get(code) ?? null;
}

/**
 * The AP abbreviations of two parts, without their final period ("N.Y", "W.Va", "D.C"): the
 * ones wink cuts inside a party-state tag, which the segmenter joins again (abbreviations.ts).
 */
export const twoPartAbbreviations = (): string[] =>
  usStates().flatMap((e) => (e.ap && e.ap.indexOf('.') < e.ap.length - 1 ? [e.ap.slice(0, -1)] : []));
