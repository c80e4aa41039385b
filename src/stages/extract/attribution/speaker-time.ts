// A time expression is never a speaker: "Sanders on Tuesday said …" (the chunker stops at "on"
// and offers "Tuesday"), "Trump this week said …", "“…,” McConnell said Tuesday" (the inverted
// rule reads "Tuesday" after the verb). News puts the day right next to the verb (AP Stylebook,
// "time element": the day after the verb, or before it when the verb is followed by a clause), so
// the time words are cut off the phrase, and a phrase that is all time words gives way to the
// phrase before its preposition, or to no speaker.
import { dateWords } from '../../../lexicons/date-words.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, type TokenRange } from '../../../text/noun-phrase.js';

/** Words that name or narrow a time ("this", "last", "early") inside a time phrase. */
const MODIFIERS = /^(?:this|last|next|early|earlier|late|later|mid|that)$/u;
/** Prepositions that put a time before the verb: "X on Tuesday said", "X in late August found". */
const TIME_PREPOSITIONS = /^(?:on|in|at|during|since|by|over)$/u;

/** A word that names a time: a weekday, a month (not the name-like "May"), a part of a day, a unit of a relative phrase. */
function timeHead(t: Token): boolean {
  const words = dateWords();
  const month = words.months.has(t.lower) && t.lower.length > 3;
  // "in 2015": a year.
  const year = t.pos === 'NUM' && /^(?:1[89]|20)\d\d$/u.test(t.lower);
  return words.weekdays.has(t.lower) || month || words.dayparts.has(t.lower) || year;
}

/** Whether token `i` may sit inside a time phrase: a time word, a modifier, a day or a year. */
function timeWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    timeHead(t) || MODIFIERS.test(t.lower) || (t.pos === 'NUM' && /^\d{1,4}(?:st|nd|rd|th)?$/u.test(t.lower))
  );
}

/** Index of the first token of the time phrase that ends `range` (range.last + 1 when there is none). */
function timeStart(tokens: Token[], range: TokenRange): number {
  const last = tokens[range.last];
  // A unit counts only in a relative phrase ("this week", "last year"): "for three months" is a duration.
  const relative = dateWords().units.has(last.lemma) && MODIFIERS.test(tokens[range.last - 1]?.lower ?? '');
  if (!timeHead(last) && !relative) return range.last + 1;
  let k = range.last;
  while (k > range.first && timeWord(tokens, k - 1)) k--;
  // "the White House for three months": a time joined by a link word is the phrase's own complement.
  return k > range.first && /^(?:for|of)$/u.test(tokens[k - 1].lower) ? range.last + 1 : k;
}

/**
 * The speaker phrase without a time expression at its end ("Trump this week" → "Trump"). A phrase
 * that is all time words gives way to the phrase before it, over a preposition or an adverb
 * ("Sanders on Tuesday" → "Sanders", "Wells Fargo earlier this month" → "Wells Fargo"), or joins a
 * participle's phrase before it ("A report released last year": a reduced relative clause, Quirk et
 * al. 1985, 17.30); null when no phrase is there.
 */
export function withoutTime(tokens: Token[], range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  const start = timeStart(tokens, range);
  if (start > range.last) return range;
  if (start > range.first) return { first: range.first, last: start - 1 };
  let k = range.first - 1;
  if (TIME_PREPOSITIONS.test(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADV') k--;
  const participle = tokens[k]?.pos === 'VERB' && /(?:ed|en|wn)$/u.test(tokens[k].lower);
  const before = phraseEndingAt(tokens, participle ? k - 1 : k);
  if (!before || timeStart(tokens, before) <= before.last || !opensClause(tokens, before.first)) return null;
  return participle ? { first: before.first, last: range.last } : before;
}

/**
 * Whether a phrase starting at `i` can be its clause's subject: it opens the sentence (perhaps after
 * "But" or "Even") or follows punctuation. "Voters who backed Trump in November said": the phrase
 * before the time is the object of a relative clause, a passive agent ("arrested by police on
 * Tuesday") or a preposition's object, never the speaker; no speaker beats a wrong one.
 */
function opensClause(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].pos === 'PUNCT') return true;
  return i === 1 && (tokens[0].pos === 'ADV' || tokens[0].pos === 'CCONJ');
}
