// A time expression is never a speaker: "Mayor Ruiz on Friday said …" (the chunker stops at "on"
// and offers "Friday"), "The bank this week said …", "“…,” Ms. Lund said Friday" (the inverted
// rule reads "Friday" after the verb). News puts the day right next to the verb (AP Stylebook,
// "time element": the day after the verb, or before it when the verb is followed by a clause), so
// the time words are cut off the phrase, and a phrase that is all time words gives way to the
// phrase before its preposition, or to no speaker.
import { dateWords, relativesStartingWith } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, type TokenRange } from '../../../text/noun-phrase.js';

/** Words that narrow a time inside a relative phrase ("this", "last", "earlier") or select a part of one ("early", "mid"). */
function modifier(word: string): boolean {
  const words = dateWords();
  return (
    words.parts.has(word) ||
    words.relatives.some((r) => r.words.length > 1 && r.words.slice(0, -1).includes(word))
  );
}

/** A year as news writes it: four digits from 1800 to 2099 ("in 1998", "2019"). */
export function isYear(word: string): boolean {
  return /^(?:1[89]|20)\d\d$/u.test(word);
}

/** A one-word relative time: "today", "yesterday", "tonight". */
function relativeDay(word: string): boolean {
  return relativesStartingWith(word).some((r) => r.words.length === 1);
}

/** A word that names a time: a weekday, a month (not the name-like "May"), a part of a day, a relative day, a year. */
function timeHead(t: Token): boolean {
  const words = dateWords();
  const month = words.months.has(t.lower) && t.lower.length > 3;
  // "in 1998": a year.
  const year = t.pos === 'NUM' && isYear(t.lower);
  return words.weekdays.has(t.lower) || month || words.dayparts.has(t.lower) || relativeDay(t.lower) || year;
}

/**
 * A capitalised month or part of a day that ends a name ("The Dockers' March", "Harbor This
 * Morning"): it follows a possessive or another capitalised word. A weekday is never so used.
 */
function endsName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!/^\p{Lu}/u.test(t.text) || !before || dateWords().weekdays.has(t.lower)) return false;
  return /^['’]s$/u.test(before.text) || /^\p{Lu}/u.test(before.text);
}

/** Whether token `i` may sit inside a time phrase: a time word, a modifier, a day or a year. */
function timeWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return timeHead(t) || modifier(t.lower) || (t.pos === 'NUM' && /^\d{1,4}(?:st|nd|rd|th)?$/u.test(t.lower));
}

/** Index of the first token of the time phrase that ends `range` (range.last + 1 when there is none). */
function timeStart(tokens: Token[], range: TokenRange): number {
  const last = tokens[range.last];
  // A unit counts only in a relative phrase ("this week", "last year"): "for three months" is a duration.
  const relative = dateWords().units.has(last.lemma) && modifier(tokens[range.last - 1]?.lower ?? '');
  if ((!timeHead(last) && !relative) || endsName(tokens, range.last)) return range.last + 1;
  let k = range.last;
  while (k > range.first && timeWord(tokens, k - 1)) k--;
  // "the town hall for two weeks": a time joined by a link word is the phrase's own complement.
  return k > range.first && /^(?:for|of)$/u.test(tokens[k - 1].lower) ? range.last + 1 : k;
}

/** Whether the token is a unit of time ("years", "a week"): "Years after the towns agreed" heads a time, not a speaker. */
export const isTimeUnit = (t: Token | undefined): boolean =>
  // wink gives a capitalised plural ("Years" opening a sentence) a proper noun's unlemmatised form.
  !!t && (dateWords().units.has(t.lemma) || dateWords().units.has(t.lower.replace(/s$/u, '')));

/** Whether the phrase's head names a time or a unit of time: "the weekend", "the past two years", "Friday". */
export function headsTime(tokens: Token[], range: TokenRange): boolean {
  const head = tokens[range.last];
  return timeHead(head) || isTimeUnit(head);
}

/** Whether the phrase is all time words: "Friday", "last week", "on Tuesday" read as an object is a time, not what was said. */
export function isTimePhrase(tokens: Token[], range: TokenRange): boolean {
  return timeStart(tokens, range) <= range.first;
}

/**
 * The speaker phrase without a time expression at its end ("The bank this week" → "The bank"). A
 * phrase that is all time words gives way to the phrase before it, over a preposition or an adverb
 * ("Mayor Ruiz on Friday" → "Mayor Ruiz", "The water board earlier this month" → "The water board"),
 * or joins a participle's phrase before it ("A study released last year": a reduced relative
 * clause, Quirk et al. 1985, 17.30); null when no phrase is there.
 */
export function withoutTime(tokens: Token[], range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  const start = timeStart(tokens, range);
  if (start > range.last) return range;
  if (start > range.first) return { first: range.first, last: start - 1 };
  let k = range.first - 1;
  if (functionWords('time-preposition').has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV') k--;
  const participle = tokens[k]?.pos === 'VERB' && /(?:ed|en|wn)$/u.test(tokens[k].lower);
  const before = phraseEndingAt(tokens, participle ? k - 1 : k);
  if (!before || timeStart(tokens, before) <= before.last || !opensClause(tokens, before.first)) return null;
  return participle ? { first: before.first, last: range.last } : before;
}

/**
 * Whether a phrase starting at `i` can be its clause's subject: it opens the sentence (perhaps after
 * "But" or "Even") or follows punctuation. "Fans who cheered the mayor in March said": the phrase
 * before the time is the object of a relative clause, a passive agent ("arrested by police on
 * Tuesday") or a preposition's object, never the speaker; no speaker beats a wrong one.
 */
function opensClause(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].pos === 'PUNCT') return true;
  return i === 1 && (tokens[0].pos === 'ADV' || tokens[0].pos === 'CCONJ');
}
