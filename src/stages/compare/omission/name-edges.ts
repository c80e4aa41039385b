import { isPersonTitle } from '../../../lexicons/person-titles.js';
import type { Token } from '../../../model/source.js';
import { initialsOf } from './acronyms.js';
import type { NameRun } from './name-runs.js';
import { commonWord, lowerTag } from './not-names.js';
import type { WordTest } from './pair-words.js';
import { partyOfRun } from './party-run.js';

// Inputs: a run of name words of one sentence and the words of the pair. A modifier its place
// alone capitalises at the run's opening is no part of the name ("Rival TDA members …" opening a
// sentence: AP Stylebook, "titles", lowercases such modifiers). Cut only before a name that
// stands alone for certain: an acronym either article writes with nothing capitalised before it.
// A word that may form a place or a name with what follows ("West Virginia", "New York",
// "Northern Ireland") is never cut, since what follows is then no acronym (review of names15). A
// run's closing word is never cut: "Foundation" of a quoted "Velk Foundation" names a thing, not
// the person it is named after.

/** An acronym: two capitals or more ("TDA"), or letters with stops ("F.H.A."). */
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/** What the edge tests read of the pair. */
export interface EdgeWords {
  /** Capitalised words either article writes inside a sentence, not at its opening. */
  midCapitals: WordTest;
  /** Capitalised words either article writes where no capital but an article comes before (pair-words.ts). */
  runStarts: WordTest;
}

/** Tags of a modifier: an adjective or adverb in lower case ("longtime", "outgoing"), not a noun of a title ("deputy"). */
const MODIFIER = new Set(['ADJ', 'ADV']);

/**
 * Whether the run's opening word is a modifier capitalised only by its place (`placedFirst`): an
 * ordinary adjective or adverb (`commonWord`) neither article capitalises inside a sentence, not
 * before a title word it may belong to ("Chief Justice"; data/person-titles.yaml), and what
 * follows is one acronym ("TDA") that either article writes with no capital before it. Not a
 * party's name in words: "Liberal Democrats" and "Social Democrats" are names whole.
 */
function openingModifier(r: NameRun, pair: EdgeWords): boolean {
  const [first, second] = r.core;
  if (!r.placedFirst || r.titleCase || r.title || r.run[0] !== first || r.run[1] !== second) return false;
  // A word in capitals ("WEST VARNHOLM BAY —") is set in the capitals of the run it opens, not by its place.
  if (second === undefined || ACRONYM.test(first.text) || !MODIFIER.has(lowerTag(first.lower))) return false;
  if (!commonWord(first)) return false;
  if (pair.midCapitals.has(first.text) || isPersonTitle(second.text.replace(/\.$/, ''))) return false;
  return r.core.length === 2 && ACRONYM.test(second.text) && pair.runStarts.has(second.text);
}

/** The run with `core` as its name words: its words, head, initials and party read again. */
function narrowed(r: NameRun, run: Token[], core: Token[]): NameRun {
  const head = core.includes(r.head) ? r.head : core[core.length - 1];
  const party = partyOfRun(
    core.map((t) => t.text),
    false,
  );
  return { ...r, run, core, head, placedFirst: false, initials: [...initialsOf(core), ...r.joined], party };
}

/** The run without a modifier its place capitalised at its opening (`openingModifier`). */
export const nameOnly = (r: NameRun, pair: EdgeWords): NameRun =>
  openingModifier(r, pair) ? narrowed(r, r.run.slice(1), r.core.slice(1)) : r;
