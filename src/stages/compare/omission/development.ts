import type { Sentence } from '../../../model/source.js';
import type { Rarity } from '../context.js';
import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';
import { sameEvent } from './same-event.js';
import { eventsOf, formsOf, saidUnquoted } from './sentence-events.js';

// Inputs: a sentence the other article seems to lack as a whole, its anchors (each looked for in
// the whole other article), and what each window of the other article mentions. Whether the other
// article reports the same development: every event the sentence reports (a verb of its own, by
// lemma, WordNet synonym or stem, which also finds its nominalisation: "elected" / "election") is
// said there, one of them in one window together with the sentence's participants, and what is
// left unsaid is its details (names, figures), not its substance (the rare words). Readers judged
// such omissions WRONG where the other article reports the substance and lacks only a count or a
// name (issue 10, judged samples of 0.10.0). What is left is the detail, not the development
// (draft.ts). Unlike omit10 (a verb and participants alone), the substance test keeps a sentence
// whose second clause is new: readers judged those CORRECT.
// A sentence's events are read in sentence-events.ts.

/** A noun this common (idf below it) names no particular participant. */
const PARTICIPANT_IDF = 3;
/** Participants said with one of the events in one window of the other article. */
export const PARTICIPANTS = 2;
/**
 * The most of a sentence's rare words (by weight) the other article may lack, in any form, for
 * the sentence to be a detail of a development it reports: more is substance of its own.
 */
export const SUBSTANCE_LEFT = 0.5;

/** Whether a part of the other article says one of the forms. */
export const said = (forms: string[], m: Mentions): boolean => forms.some((f) => m.lemmas.has(f));

/** A sentence's participants: the names the other article mentions, and nouns rare enough to name one. */
export function participantsOf(
  sentence: Sentence,
  anchors: Anchor[],
  rarity: Rarity,
): ((m: Mentions) => boolean)[] {
  const names = anchors.filter((a) => a.type === 'name' && a.present).map((a) => a.in);
  const seen = new Set<string>();
  const nouns = sentence.tokens.filter((t) => {
    if (t.pos !== 'NOUN' || t.lemma.length < 3 || rarity(t.lemma) < PARTICIPANT_IDF || seen.has(t.lemma))
      return false;
    seen.add(t.lemma);
    return true;
  });
  // Each noun's forms once, not once per window.
  const forms = nouns.map(formsOf);
  return [...names, ...forms.map((f) => (m: Mentions) => said(f, m))];
}

/**
 * Share of the sentence's rare nouns and verbs (by weight) the other article says in no form: the
 * substance of what it reports. Its adjectives are how it describes that ("surprisingly
 * downbeat", "bombastic"): wording, not a development of its own.
 */
export function substanceLeft(sentence: Sentence, anchors: Anchor[]): number {
  const pos = tagsByStart(sentence);
  const words = anchors.filter((a) => a.type === 'word' && pos.get(a.range.start) !== 'ADJ');
  const total = words.reduce((n, a) => n + a.weight, 0);
  const unsaid = words.filter((a) => !a.present && !a.reworded).reduce((n, a) => n + a.weight, 0);
  return total === 0 ? 0 : unsaid / total;
}

// Asked of every sentence that seems new to the other article, in each of its pairs (issue 13):
// a sentence's tags by token start are made once a sentence, not once a pair.
const tagsAt = new WeakMap<Sentence, Map<number, string>>();

/** Each token's tag, by where the token starts. */
function tagsByStart(sentence: Sentence): Map<number, string> {
  let tags = tagsAt.get(sentence);
  if (!tags) {
    tags = new Map(sentence.tokens.map((t) => [t.start, t.pos]));
    tagsAt.set(sentence, tags);
  }
  return tags;
}

/** The other article's reporting sentences, and what its windows and each sentence mention. */
export interface OtherArticle {
  sentences: Sentence[];
  text: string;
  windows: Mentions[];
  single: Mentions[];
}

/**
 * How many participants window `i` of the other article says, and whether it reports an event:
 * `reportingWindow`'s tests, also read by scripts/omission-signals/gates.ts to measure them.
 */
export interface WindowReader {
  participantsIn: (i: number) => number;
  reports: (e: string[], i: number) => boolean;
}

/** The tests of one sentence's development against the windows of the other article. */
export function windowReader(
  sentence: Sentence,
  participants: ((m: Mentions) => boolean)[],
  other: OtherArticle,
  rarity: Rarity,
): WindowReader {
  const own = { sentence, formsOf };
  const { sentences, single } = other;
  // An other sentence's events are read once, however many windows and events ask for them.
  const eventsThere: string[][][] = [];
  const eventsAt = (k: number) => {
    eventsThere[k] ??= eventsOf(sentences[k], other.text, rarity);
    return eventsThere[k];
  };
  const inSentence = (e: string[], k: number) =>
    said(e, single[k]) &&
    saidUnquoted(e, sentences[k], other.text) &&
    participants.some((p) => p(single[k])) &&
    sameEvent(own, e, sentences[k], eventsAt(k));
  return {
    participantsIn: (i) => participants.filter((p) => p(other.windows[i])).length,
    reports: (e, i) => {
      const next = sentences[i + 1]?.paragraph === sentences[i].paragraph ? [i, i + 1] : [i];
      return next.some((k) => inSentence(e, k));
    },
  };
}

/**
 * The window of the other article (an index into `windows`) that reports the sentence's
 * development, -1 when none does: see the file's head. Every event is said in the window, in a
 * sentence that names one of the participants and reports the same event (same-event.ts: mood,
 * outcome), and the window says enough participants.
 */
export function reportingWindow(
  sentence: Sentence,
  text: string,
  anchors: Anchor[],
  whole: Mentions,
  other: OtherArticle,
  rarity: Rarity,
): number {
  if (substanceLeft(sentence, anchors) > SUBSTANCE_LEFT) return -1;
  const events = eventsOf(sentence, text, rarity);
  if (events.length === 0 || !events.every((e) => said(e, whole))) return -1;
  const participants = participantsOf(sentence, anchors, rarity);
  if (participants.length < PARTICIPANTS) return -1;
  const reader = windowReader(sentence, participants, other, rarity);
  return other.windows.findIndex(
    (_, i) => reader.participantsIn(i) >= PARTICIPANTS && events.every((e) => reader.reports(e, i)),
  );
}
