import { reportingNoun } from '../lexicons/reporting-nouns.js';
import { reportingSetting } from '../lexicons/reporting-settings.js';
import { functionWords } from '../lexicons/word-sets.js';

// The words around a date in a sentence with a reporting cue, for reporting-dates.ts: which words a
// stretch holds, which are report nouns ("statement", "interview"), whether a word opens another
// event, and whether a date is a report noun's own modifier ("a statement Friday").

/** Words of a stretch of text; only letters, apostrophes, hyphens and quotation marks allowed. */
export function wordsOf(stretch: string): string[] | undefined {
  if (!/^[\p{L}\p{M}\s'’"“”-]*$/u.test(stretch)) return undefined;
  const trimmed = stretch.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/** A noun that names the setting or the act of a report: "statement", "interview", "tweet". */
export function isReportNoun(word: string): boolean {
  const lemma = word
    .toLowerCase()
    .replace(/["“”'’]/gu, '')
    .replace(/s$/u, '');
  return reportingSetting(lemma) || reportingNoun(lemma, 'statement') !== undefined;
}

/** The words of an opening phrase that holds a report noun: "In a Tuesday interview with a radio station". */
const MAX_OPENING_WORDS = 12;
/**
 * Words that may open the date's phrase before the clause: "On", "Late on", "Earlier". Not "by",
 * which sets a deadline ("By Friday, the bridge will close"; review of dates10, item 5).
 */
export const TIME_LEAD = /^(?:on|late|early|earlier|later)$/iu;
/** Words between a report noun and its date besides `RELEASED`: "an interview late on Tuesday". */
const NOUN_TO_DATE = /^(?:on|late|early)$/iu;
/**
 * Words that open a complement of a report noun naming its addressee or place: "an interview
 * with a radio station", "a speech in Lagos".
 */
const ADDRESSEE = /^(?:with|to|in|at)$/iu;
/** Participles of publication: "a poll released Wednesday", "documents released on Friday". */
export const RELEASED = /^(?:released|published|issued|posted)$/iu;

/**
 * Whether a word opens a phrase or clause of another event ("before the council vote", "after
 * the vote", "on the vote"): a subordinator (data/function-words.yaml) or a preposition of topic.
 */
export function opensOtherEvent(word: string): boolean {
  const lower = word.toLowerCase();
  return functionWords('subordinator').has(lower) || /^(?:of|about|over|during|ahead|amid)$/u.test(lower);
}

/**
 * Whether a date is the own modifier of a report noun, in a phrase of at most twelve words
 * (review of dates10, item 5): right before it ("a Thursday interview"), or after it with only
 * "on", "released" and the like between ("a statement Friday", "a statement released Friday"),
 * or after its addressee ("an interview with a radio station on Tuesday"). `before` are the
 * phrase's words before the date, `after` those after it. "a statement on the vote in March"
 * dates the vote.
 */
export function reportPhrase(before: string[], after: string[]): boolean {
  if (before.length + after.length > MAX_OPENING_WORDS) return false;
  if (after.length > 0 && isReportNoun(after[0])) return true;
  let noun = before.length - 1;
  while (noun >= 0 && !isReportNoun(before[noun])) noun--;
  if (noun < 0) return false;
  const gap = before.slice(noun + 1);
  if (gap.every((w) => NOUN_TO_DATE.test(w) || RELEASED.test(w))) return true;
  return (
    ADDRESSEE.test(gap[0]) &&
    !gap.slice(1).some(opensOtherEvent) &&
    (gap.length === 1 || [TIME_LEAD, RELEASED, /^\p{Lu}/u].some((re) => re.test(gap.at(-1) ?? '')))
  );
}
