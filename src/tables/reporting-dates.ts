import { dateWords } from '../lexicons/date-words.js';
import type { AttributionClaim, Claim, DateClaim } from '../model/claim.js';
import {
  isReportNoun,
  opensOtherEvent,
  RELEASED,
  reportPhrase,
  TIME_LEAD,
  wordsOf,
} from './report-phrase.js';

// User trials 8 (item 3) and 10 (item 2): most of the dates an outlet "stated as fact" timed its
// own reporting verbs ("Comey said Thursday", "On Thursday, the minister told lawmakers"). Such a
// date says when a statement was made, not a fact the outlet asserts, so the outlet profile counts
// it apart. A date is read as the time of the reporting act when it is an adverbial of the cue's
// clause (Quirk et al. 1985, §8.51: time adjuncts attach to the clause's verb): beside the cue,
// after the cue and its object or setting ("told a radio host on Friday", "said in a statement
// Friday"), or in the clause's opening phrase before the speaker ("On Friday, the minister said").
// A date inside what is said ("said the vote is on Monday") dates the content and stays a fact.

/** A sentence's id and where it starts in the source text. */
export interface SentenceStart {
  id: string;
  start: number;
}

interface Range {
  start: number;
  end: number;
}

/** What a rule sees: the source text, the date, one attribution of its sentence, the sentence's start. */
interface Context {
  text: string;
  date: DateClaim;
  cue: AttributionClaim;
  sentenceStart: number;
}

/** The words the gap between a cue and its date may hold when nothing else tells them apart. */
const MAX_GAP_WORDS = 2;
/** The words of a cue's object or setting before the date: "told a radio host on". */
const MAX_OBJECT_WORDS = 6;
/** Words that join clauses: a date before one dates another clause (review of dates10, item 3). */
const COORDINATOR = /^(?:and|but|or|nor|yet)$/iu;

/** Whether a date ends the speaker after a participle of publication, right before the cue. */
function releasedAt(text: string, date: Range, speakerEnd: number, cueStart: number): boolean {
  const lead = text
    .slice(Math.max(0, date.start - 24), date.start)
    .split(/\s+/u)
    .filter((w) => w !== '');
  const words = lead.filter((w) => !TIME_LEAD.test(w));
  return (
    date.end === speakerEnd &&
    /^\s*$/u.test(text.slice(date.end, cueStart)) &&
    RELEASED.test(words.at(-1) ?? '')
  );
}

/**
 * "said late Thursday", "told reporters Friday": at most two words between the cue and a date
 * after it. Before the cue, the date must lie between the speaker and the cue, with only time
 * words around it ("Ruiz on Tuesday said"): a date inside the speaker ("The lawmaker elected in
 * 2019 said") or in an earlier clause ("The bridge reopened Friday but Ruiz said") dates
 * something else (review of dates10, item 3). A date may also open the sentence right before
 * the speaker, without a comma ("On Tuesday the mayor announced").
 */
function besideCue({ text, date, cue, sentenceStart }: Context): boolean {
  // "was approved on March 3": an act, not a statement (review of dates10, item 4).
  if (cue.contentKind === 'non-proposition') return false;
  const c = cue.cue;
  if (c.end <= date.start) {
    const words = wordsOf(text.slice(c.end, date.start));
    return words !== undefined && words.length <= MAX_GAP_WORDS;
  }
  const speaker = cue.speaker;
  if (!speaker || date.end > c.start) return false;
  // "On Tuesday the mayor announced": the date opens the sentence right before the speaker (the
  // speaker found may start with it: "Tuesday the mayor").
  if (date.end <= speaker.start || date.start === speaker.start) {
    const opening = wordsOf(text.slice(sentenceStart, date.start));
    const link = wordsOf(text.slice(speaker.end, c.start));
    return (
      (opening?.every((w) => TIME_LEAD.test(w)) ?? false) &&
      /^\s*$/u.test(text.slice(date.end, Math.max(date.end, speaker.start))) &&
      link !== undefined &&
      link.length <= 1 &&
      !link.some((w) => COORDINATOR.test(w))
    );
  }
  // "A poll released Wednesday shows": a document's publication date ends the speaker.
  if (date.start < speaker.end) return releasedAt(text, date, speaker.end, c.start);
  const lead = wordsOf(text.slice(speaker.end, date.start));
  const trail = wordsOf(text.slice(date.end, c.start));
  if (!lead || !trail || lead.length + trail.length > MAX_GAP_WORDS) return false;
  return lead.every((w) => TIME_LEAD.test(w)) && !trail.some((w) => COORDINATOR.test(w));
}

/** "said in a statement late Tuesday", "told a radio host on Friday": the cue's object or setting first. */
function afterObject({ text, date, cue }: Context): boolean {
  if (cue.contentKind === 'non-proposition') return false;
  // The gap holds no part of what is said: "approved the plan on Monday" dates the approval.
  if (cue.cue.end > date.start || (cue.content.start < date.start && cue.content.end > cue.cue.end))
    return false;
  const words = wordsOf(text.slice(cue.cue.end, date.start));
  if (words === undefined || words.length > MAX_OBJECT_WORDS) return false;
  // "said before the council vote on Friday": the date's "on" follows another event (item 6).
  if (words.some(opensOtherEvent)) return false;
  return TIME_LEAD.test(words.at(-1) ?? '') || reportPhrase(words, []);
}

/**
 * "On Thursday, the minister told lawmakers", "In a statement Friday, Ruiz said": the date is in
 * the phrase that opens the sentence, before its first comma, and the attribution's speaker
 * starts right after that comma with its cue next (at most one word, "also", between). The phrase
 * holds the date and at most two time words ("Late on"), or a report noun.
 */
function openingPhrase({ text, date, cue, sentenceStart }: Context): boolean {
  const speaker = cue.speaker;
  // "On Monday, the council approved the budget": an act, not a statement, is what the date times.
  if (
    !speaker ||
    cue.contentKind === 'non-proposition' ||
    speaker.start < date.end ||
    speaker.start > cue.cue.start
  )
    return false;
  const afterDate = text.slice(date.end, speaker.start).split(',');
  if (afterDate.length !== 2 || !/^\s*$/u.test(afterDate[1])) return false;
  const before = wordsOf(text.slice(sentenceStart, date.start));
  const after = wordsOf(afterDate[0]);
  const link = wordsOf(text.slice(speaker.end, cue.cue.start));
  if (!before || !after || !link || link.length > 1) return false;
  // "On March 3, Ruiz said, the bridge collapsed": speaker and cue set off by commas are a
  // comment clause, and the opening phrase belongs to what is said (Quirk et al. 1985, §15.53).
  if (/^\s*,/u.test(text.slice(cue.cue.end))) return false;
  if (before.length + after.length <= MAX_GAP_WORDS && after.length <= 1)
    return before.every((w) => TIME_LEAD.test(w));
  return reportPhrase(before, after);
}

/** "Ruiz, in a statement Friday evening, chided the council": a report's setting set off between speaker and cue. */
function besideSpeaker({ text, date, cue }: Context): boolean {
  const speaker = cue.speaker;
  if (!speaker || speaker.end > date.start || date.end > cue.cue.start) return false;
  const parts = [text.slice(speaker.end, date.start), text.slice(date.end, cue.cue.start)];
  if (!/^\s*,/u.test(parts[0]) || !/,\s*$/u.test(parts[1])) return false;
  const [before, after] = parts.map((p) => wordsOf(p.replace(/^\s*,|,\s*$/gu, '')));
  return before !== undefined && after !== undefined && reportPhrase(before, after);
}

/** What may follow a date that opens a that-less content: its subject ("said Tuesday the plan…", "said Friday she…"). */
const SUBJECT_START =
  /^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:that|the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|i|you)\s/iu;

/**
 * "said late Thursday they were glad": a that-less content taken from right after the cue opens
 * with the date and a subject follows it, so the date is the cue's adverbial, not said. A date
 * that is the content's subject ("said Tuesday was the deadline", "said Monday's vote") stays.
 */
function opensContent({ text, date, cue }: Context): boolean {
  const { content } = cue;
  if (content.start !== cue.cue.end + 1 || date.start < content.start || date.end > content.end) return false;
  const lead = wordsOf(text.slice(content.start, date.start));
  return (lead?.every((w) => TIME_LEAD.test(w)) ?? false) && SUBJECT_START.test(text.slice(date.end));
}

/** The rules, in order: a date one of them finds times the report of one of its sentence's cues. */
const RULES: readonly ((context: Context) => boolean)[] = [
  // At most two words between the date and the cue, on either side.
  besideCue,
  // After the cue and its object or setting, the date led by "on" or by a report noun's phrase.
  afterObject,
  // In the sentence's opening phrase, before the speaker and the cue.
  openingPhrase,
  // In a report's setting set off by commas between the speaker and the cue.
  besideSpeaker,
];

/**
 * A possessive date dates its noun: a report ("Friday's statement") or the setting a preposition
 * places the act in ("said at Wednesday's hearing") is the act's, an object ("discuss Monday's
 * vote") or a topic ("asked about Monday's vote") is not.
 */
function possessorOfReport(text: string, date: Range): boolean {
  const possessed = /^['’]s\s+([\p{L}-]+)/u.exec(text.slice(date.end));
  if (!possessed || isReportNoun(possessed[1])) return true;
  return /(?:^|\s)(?:at|in|during)\s+$/iu.test(text.slice(Math.max(0, date.start - 8), date.start));
}

/**
 * Whether a date points past the article (review of dates10, item 2): written out, it starts
 * after the publication date `published`, or its words count forward from it ("tomorrow", "next week",
 * relative phrases of data/date-words.yaml with a positive offset; "next Friday", "coming
 * Monday"). A statement the article reports was made by then, so such a date never times it.
 */
function pointsAhead(date: DateClaim, published: string | undefined): boolean {
  // Only a date written out is compared: a bare weekday is turned forward by a future cue of any
  // clause of its sentence ("will vote on Tuesday, an official said Friday").
  if (published && date.reference === 'absolute' && date.interval && date.interval.start > published)
    return true;
  const words = date.text.toLowerCase().split(/\s+/u);
  if (words[0] === 'next' || words[0] === 'coming') return true;
  return dateWords().relatives.some(
    (r) => r.offset > 0 && words.some((_, i) => r.words.every((w, j) => words[i + j] === w)),
  );
}

/** Whether `[start, end)` lies inside an attribution's content (the date is part of what is said). */
const inside = (c: Range, a: AttributionClaim) => c.start >= a.content.start && c.end <= a.content.end;

/**
 * Whether a date claim of a source times a reporting act: the date does not point past the
 * article (`published`, the source's publication date `YYYY-MM-DD` when known), and either it is
 * inside no attribution's content and one of `RULES` ties it to an attribution cue of the same
 * sentence, or every content holding it opens with it as the cue's adverbial (`opensContent`). `sentences` are the source's sentences with their starts: the opening-phrase rule
 * reads from the sentence's start, so they are required (review of dates10, item 8). The
 * source's attributions are grouped by sentence once, not filtered again for each date.
 */
export function reportingDates(
  claims: readonly Claim[],
  text: string,
  sentences: readonly SentenceStart[],
  published?: string,
): (date: DateClaim) => boolean {
  const starts = new Map(sentences.map((s) => [s.id, s.start]));
  const bySentence = new Map<string, AttributionClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'attribution') continue;
    const cues = bySentence.get(c.sentence);
    if (cues) cues.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  return (date) => {
    const cues = bySentence.get(date.sentence) ?? [];
    // A date right after an opening quotation mark is a title ("told \"Today\""), not a time.
    if (
      cues.length === 0 ||
      /["“]/u.test(text.charAt(date.start - 1)) ||
      !possessorOfReport(text, date) ||
      pointsAhead(date, published)
    )
      return false;
    const sentenceStart = starts.get(date.sentence) ?? date.start;
    const ties = (cue: AttributionClaim) => RULES.some((rule) => rule({ text, date, cue, sentenceStart }));
    // A date inside a content is said, unless it opens that content as the cue's adverbial.
    const holding = cues.filter((a) => inside(date, a));
    if (holding.length > 0) return holding.every((a) => opensContent({ text, date, cue: a, sentenceStart }));
    return cues.some(ties);
  };
}
