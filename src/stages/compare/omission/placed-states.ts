import {
  abbreviationsOf,
  isSharedStateName,
  stateOfAbbreviation,
  stateOfCode,
  usStates,
} from '../../../lexicons/us-states.js';
import type { Sentence } from '../../../model/source.js';

// Inputs: one sentence of an article. AP style places a member of Congress by a party-state tag
// ("Rep. Ann Cole, R-Tenn.", "(D-R.I.)"), with the state's AP abbreviation (AP Stylebook, "party
// affiliation"); some outlets write another style's ("R-Tex."), the USPS code ("R-TN"), an en dash
// or no final period ("R–Tenn", typography or house style). In the tag the abbreviation is the
// state's name, so an article that writes it mentions the state (issue 10: "never mentions
// Tennessee" of an article that tags its member "R-Tenn." is wrong). Anywhere else an abbreviation
// or a code is not read: after a comma it is as often a degree ("Ann Kim, MD"), a word ("Fine, OK",
// "Mass") or part of a city's name ("Washington, D.C.") as a state (review of states15, fault 2).

const escaped = (s: string) => s.replace(/\./g, '\\.');

let pattern: RegExp | undefined;

/**
 * A party letter and a hyphen or en dash tight against a word's start ("R-", "D–"), then an
 * abbreviation (us-states.yaml `ap` or `other`) with or without its final period, or a USPS
 * code; no letter or digit may follow.
 */
function tag(): RegExp {
  if (pattern) return pattern;
  const ap = usStates()
    .flatMap((e) => abbreviationsOf(e).map((x) => `${escaped(x.slice(0, -1))}\\.?`))
    .join('|');
  const codes = usStates()
    .map((e) => e.usps)
    .join('|');
  pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])[RDI][-–](?:(?<ap>${ap})|(?<code>${codes}))(?![\p{L}\p{N}])`,
    'gu',
  );
  return pattern;
}

const cache = new WeakMap<Sentence, string[]>();

/**
 * The names of the states a sentence's party-state tags name, in text order, each as one name
 * ("New Mexico", never "Mexico"), but for a state whose name also names another place or person
 * (us-states.yaml `shared`: Georgia, Washington): the tag tells which is meant there, not in the
 * other article.
 */
export function placedStateNames(sentence: Sentence): string[] {
  let found = cache.get(sentence);
  if (!found) {
    found = [];
    for (const m of sentence.text.matchAll(tag())) {
      const { ap, code } = m.groups ?? {};
      const state = ap ? stateOfAbbreviation(ap.endsWith('.') ? ap : `${ap}.`) : stateOfCode(code ?? '');
      if (state && !isSharedStateName(state)) found.push(state);
    }
    cache.set(sentence, found);
  }
  return found;
}
