import { isPersonTitle } from '../../../lexicons/person-titles.js';
import { entityWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { inModelLexicon } from '../../../text/wink.js';
import { initialsOf } from './acronyms.js';
import type { NameRun } from './name-runs.js';
import { commonWord, lowerLemma, lowerTag } from './not-names.js';
import type { WordTest } from './pair-words.js';
import { partyOfRun } from './party-run.js';

// Inputs: a run of name words of one sentence and the words of the pair. The words at the run's
// edge that are no part of the name (issue 10): a modifier its place alone capitalises
// ("Longtime TDA chief …" opening a sentence: AP Stylebook, "titles", lowercases such modifiers
// before a title), and a common noun a quoted writer capitalised ("the Velk Servers" in a
// tweet). In the outlet's own prose a capitalised common noun is part of the name (AP Stylebook,
// "capitalization": common nouns are capitalised as an integral part of a proper name), so a run
// is cut at its end only inside a quotation. A name of ordinary words is never cut: each cut
// leaves a word that is a name and nothing else (`nameWord`).

/** An acronym: two capitals or more ("TDA"), or letters with stops ("F.H.A."). */
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/**
 * Whether a word is a name and nothing else: an acronym, a word the tagger's model lexicon lacks
 * ("Morrow"), or one it reads as a proper noun even in lower case ("minnesota"). "House",
 * "Court" and "Electric" are ordinary words: a run of them ("White House", "Supreme Court",
 * "General Electric") is a name only whole.
 */
export function nameWord(t: Token): boolean {
  return ACRONYM.test(t.text) || !inModelLexicon(t.lower) || lowerTag(t.lower) === 'PROPN';
}

/** What the edge tests read of the pair. */
export interface EdgeWords {
  /** Capitalised words either article writes inside a sentence, not at its opening. */
  midCapitals: WordTest;
  /** Capitalised words either article writes where no capital but an article comes before (pair-words.ts). */
  runStarts?: WordTest;
  /** The lemmas of words either article writes in lower case. */
  loweredLemmas?: WordTest;
}

/** Tags of a modifier: an adjective or adverb in lower case ("longtime", "outgoing"), not a noun of a title ("deputy"). */
const MODIFIER = new Set(['ADJ', 'ADV']);

/**
 * Whether the run's opening word is a modifier capitalised only by its place (`placedFirst`): an
 * ordinary adjective or adverb (`commonWord`) neither article capitalises inside a sentence, not
 * before a title word it may belong to ("Chief Justice"; data/person-titles.yaml), and what
 * follows is a name of its own: it holds a name word, and its first word is an acronym ("TDA") or
 * one either article writes where no capital comes before it (never "York" of "New York").
 */
function openingModifier(r: NameRun, pair: EdgeWords): boolean {
  const [first, second] = r.core;
  if (!r.placedFirst || r.titleCase || r.title || r.run[0] !== first || r.run[1] !== second) return false;
  // A word in capitals ("WEST VARNHOLM BAY —") is set in the capitals of the run it opens, not by its place.
  if (second === undefined || ACRONYM.test(first.text) || !MODIFIER.has(lowerTag(first.lower))) return false;
  if (!commonWord(first)) return false;
  if (pair.midCapitals.has(first.text) || isPersonTitle(second.text.replace(/\.$/, ''))) return false;
  const alone = ACRONYM.test(second.text) || pair.runStarts?.has(second.text) === true;
  return r.core.slice(1).some(nameWord) && alone;
}

/**
 * Whether the run's closing word is a common noun a quoted writer capitalised: inside a
 * quotation, an ordinary word (`commonWord`) either article writes in lower case, not a word that
 * closes an organisation's name ("Airlines"; data/entity-words.yaml), after a name word.
 */
function closingNoun(r: NameRun, pair: EdgeWords): boolean {
  const last = r.core[r.core.length - 1];
  if (!r.quoted || r.title || r.titleCase || r.core.length < 2 || r.run[r.run.length - 1] !== last)
    return false;
  if (!commonWord(last) || !pair.loweredLemmas?.has(lowerLemma(last))) return false;
  if (entityWords('organisation-head').has(last.lower)) return false;
  return r.core.slice(0, -1).some(nameWord);
}

/** The run with `core` as its name words: its words, head, initials and party read again. */
function narrowed(r: NameRun, run: Token[], core: Token[]): NameRun {
  const head = core.includes(r.head) ? r.head : core[core.length - 1];
  const placedFirst = r.placedFirst && run[0] === r.run[0];
  const party = partyOfRun(
    core.map((t) => t.text),
    placedFirst,
  );
  return { ...r, run, core, head, placedFirst, initials: [...initialsOf(core), ...r.joined], party };
}

/** The run without the words at its edges that are no part of its name (`openingModifier`, `closingNoun`). */
export function nameOnly(r: NameRun, pair: EdgeWords): NameRun {
  const opened = openingModifier(r, pair) ? narrowed(r, r.run.slice(1), r.core.slice(1)) : r;
  return closingNoun(opened, pair)
    ? narrowed(opened, opened.run.slice(0, -1), opened.core.slice(0, -1))
    : opened;
}
