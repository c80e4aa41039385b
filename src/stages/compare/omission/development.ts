import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import { synonymsOf } from '../../../text/similarity-synonyms.js';
import type { Rarity } from '../context.js';
import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';
import { insideQuotes } from './speakers.js';
import { stemKey } from './stem.js';

// Inputs: a sentence the other article seems to lack as a whole, its anchors (each looked for in
// the whole other article), and what each window of the other article mentions. Whether the other
// article reports the same development: every event the sentence reports (a verb of its own, by
// lemma, WordNet synonym or stem, which also finds its nominalisation: "elected" / "election") is
// said there, one of them in one window together with the sentence's participants, and what is
// left unsaid is its details (names, figures), not its substance (the rare words). Readers judged
// such omissions WRONG: "the other article reports the substance; only the figures 63 seats and
// 19 legislatures are missing" (issue 10, judge10). What is left is the detail, not the development
// (draft.ts). Unlike omit10 (a verb and participants alone), the substance test keeps a sentence
// whose second clause is new ("could be cancelled at any time"): readers judged those CORRECT.

/** A verb this common (idf below it: "have", "take", "make") names no particular event. */
export const EVENT_IDF = 3;
/** A noun this common (idf below it) names no particular participant. */
export const PARTICIPANT_IDF = 3;
/** Participants said with one of the events in one window of the other article. */
export const PARTICIPANTS = 2;
/**
 * The most of a sentence's rare words (by weight) the other article may lack, in any form, for
 * the sentence to be a detail of a development it reports: more is substance of its own.
 */
export const SUBSTANCE_LEFT = 0.5;

/** The lemma, the form, and the other forms (WordNet synonyms, stem) a word is found by. */
function formsOf(t: Token): string[] {
  const stem = stemKey(t.pos, t.lower);
  return [t.lemma, t.lower, ...synonymsOf(t.pos, t.lemma), ...(stem ? [stem] : [])];
}

const said = (forms: string[], m: Mentions) => forms.some((f) => m.lemmas.has(f));

/**
 * The sentence's events: its own verbs, rare enough to name one, outside quotation marks (a
 * speaker's words are what is said, not what happened), not verbs of saying (every report has
 * one) nor light verbs ("was made", of an offer: their noun names the event), nor verb forms used as
 * prepositions ("supporters, including the mayor, say").
 */
export function eventsOf(sentence: Sentence, text: string, rarity: Rarity): string[][] {
  return sentence.tokens
    .filter(
      (t) =>
        t.pos === 'VERB' &&
        rarity(t.lemma) >= EVENT_IDF &&
        reportingVerb(t.lemma) === undefined &&
        !functionWords('light-verb').has(t.lemma) &&
        !functionWords('marginal-preposition').has(t.lower) &&
        !insideQuotes(text, sentence, t.start),
    )
    .map(formsOf);
}

/** Its participants: the names the other article mentions, and nouns rare enough to name one. */
function participantsOf(sentence: Sentence, anchors: Anchor[], rarity: Rarity): ((m: Mentions) => boolean)[] {
  const names = anchors.filter((a) => a.type === 'name' && a.present).map((a) => a.in);
  const seen = new Set<string>();
  const nouns = sentence.tokens.filter((t) => {
    if (t.pos !== 'NOUN' || t.lemma.length < 3 || rarity(t.lemma) < PARTICIPANT_IDF || seen.has(t.lemma))
      return false;
    seen.add(t.lemma);
    return true;
  });
  return [...names, ...nouns.map((t) => (m: Mentions) => said(formsOf(t), m))];
}

/**
 * Share of the sentence's rare nouns and verbs (by weight) the other article says in no form: the
 * substance of what it reports. Its adjectives are how it describes that ("surprisingly
 * downbeat", "bombastic"): wording, not a development of its own.
 */
export function substanceLeft(sentence: Sentence, anchors: Anchor[]): number {
  const pos = new Map(sentence.tokens.map((t) => [t.start, t.pos]));
  const words = anchors.filter((a) => a.type === 'word' && pos.get(a.range.start) !== 'ADJ');
  const total = words.reduce((n, a) => n + a.weight, 0);
  const unsaid = words.filter((a) => !a.present && !a.reworded).reduce((n, a) => n + a.weight, 0);
  return total === 0 ? 0 : unsaid / total;
}

/**
 * The window of the other article (an index into `windows`) that reports the sentence's
 * development, -1 when none does: see the file's head.
 */
export function reportingWindow(
  sentence: Sentence,
  text: string,
  anchors: Anchor[],
  whole: Mentions,
  windows: Mentions[],
  rarity: Rarity,
): number {
  if (substanceLeft(sentence, anchors) > SUBSTANCE_LEFT) return -1;
  const events = eventsOf(sentence, text, rarity);
  if (events.length === 0 || !events.every((e) => said(e, whole))) return -1;
  const participants = participantsOf(sentence, anchors, rarity);
  if (participants.length < PARTICIPANTS) return -1;
  return windows.findIndex(
    (m) => events.some((e) => said(e, m)) && participants.filter((p) => p(m)).length >= PARTICIPANTS,
  );
}
