import { stateOfAbbreviation, stateOfCode, usStates } from '../../../lexicons/us-states.js';
import type { Sentence } from '../../../model/source.js';

// Inputs: one sentence of an article. AP style places a member of Congress by a party-state tag
// ("Rep. Ann Cole, R-Tenn.", "(D-R.I.)") and a city by its state after a comma ("Dover, Del."),
// each with the state's AP abbreviation (AP Stylebook, "state names", "party affiliation"); some
// outlets write the USPS code there ("R-TN", "Austin, TX"). In those two places the abbreviation is
// the state's name, so an article that writes it mentions the state (issue 10: "never mentions
// Tennessee" of an article that tags its member "R-Tenn." is wrong). Anywhere else a code is an
// ordinary word in capitals ("IN", "OR", "ME"), and is not read.

/** A state an abbreviation names, and where the abbreviation is written in the article. */
export interface PlacedState {
  state: string;
  start: number;
  end: number;
}

const escaped = (s: string) => s.replace(/\./g, '\\.');

let pattern: RegExp | undefined;

/**
 * One pattern for both places: a party letter and hyphen ("R-", tight against a word's start), or a
 * capitalised city of one or more words and a comma; then an AP abbreviation, or a code that no
 * letter or digit follows in a tag, and only a stop, a bracket, a postal code or the end after a city.
 */
function placed(): RegExp {
  if (pattern) return pattern;
  // Longest first, so that "W.Va." is read whole, not as "Va." after a "W".
  const ap = usStates()
    .flatMap((e) => (e.ap ? [e.ap] : []))
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
    .map(escaped)
    .join('|');
  const codes = usStates()
    .map((e) => e.usps)
    .join('|');
  const city = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*, `;
  const tag = String.raw`(?<![\p{L}\p{N}])[RDI]-`;
  pattern = new RegExp(
    String.raw`(?:${tag}|${city})(?<ap>${ap})|${tag}(?<tagCode>${codes})(?![\p{L}\p{N}])|${city}(?<cityCode>${codes})(?=[,.;:)]|\s+\d|$)`,
    'gu',
  );
  return pattern;
}

const cache = new WeakMap<Sentence, PlacedState[]>();

/** The states a sentence names by an abbreviation in a party-state tag or after a city, in text order. */
export function placedStates(sentence: Sentence): PlacedState[] {
  let found = cache.get(sentence);
  if (!found) {
    found = [];
    for (const m of sentence.text.matchAll(placed())) {
      const { ap, tagCode, cityCode } = m.groups ?? {};
      const written = ap ?? tagCode ?? cityCode ?? '';
      const state = ap ? stateOfAbbreviation(ap) : stateOfCode(written);
      const end = sentence.start + (m.index ?? 0) + m[0].length;
      if (state) found.push({ state, start: end - written.length, end });
    }
    cache.set(sentence, found);
  }
  return found;
}

/** The capitalised words of the states a sentence names by abbreviation ("New", "York" of "R-N.Y."): what it mentions as if written whole. */
export const placedStateWords = (sentence: Sentence): string[] =>
  placedStates(sentence).flatMap((p) => p.state.split(' ').filter((w) => /^\p{Lu}/u.test(w)));

/** Whether a span of the article (offsets into its text) lies inside a state's abbreviation in a tag or after a city. */
export const inPlacedState = (sentence: Sentence, start: number, end: number): boolean =>
  placedStates(sentence).some((p) => p.start <= start && end <= p.end);
