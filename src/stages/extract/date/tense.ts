import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

/** How far back a cue may stand from the date it turns forward, in tokens. */
const WINDOW = 14;
/** How far after the date a cue may stand, within its clause. */
const AFTER = 6;
/** Cues that count only when the next word is one of these ("is set to", "set for", "ahead of", "going to"). */
const NEEDS_NEXT: Record<string, readonly string[]> = {
  set: ['to', 'for'],
  due: ['to', 'for'],
  going: ['to'],
  ahead: ['of'],
};

/**
 * Whether a bare weekday or month at token `at` points forward from the publication day.
 * News reports past events by default; a future cue earlier in the same clause ("will",
 * "expected", "is set to", "set for", "ahead of", a present progressive "is leaving"), or just
 * after it ("Tuesday's session will conclude…"), turns the date forward. Issue 4: on Monday
 * 14 May 2018, "Israel struck … on Thursday" is the 10th, "expected to arrive … ahead of
 * Tuesday's" the 15th. Issue 10: a cue after the date does not turn it forward when the
 * clause's verb before the date is in the past ("announced in March she plans to …"); a past verb
 * coordinated after it ("on 14 August and flooded …") puts it in the past.
 * chrono-node reads the weekday alone and gets this case wrong, so the decision is ours.
 */
export function pointsForward(tokens: Token[], at: number): boolean {
  return directionAt(tokens, at) === 'forward';
}

/**
 * What the clause says of the date at token `at`: `forward` (a future cue, see `pointsForward`),
 * `past` (a finite past verb before it in its clause, "declared in July"), or `open` when it
 * says neither ("the Dec. 27 debate is sponsored by…"; a date of the act a commitment commits to).
 */
export function directionAt(tokens: Token[], at: number): 'forward' | 'past' | 'open' {
  if (goalDate(tokens, at)) return 'open';
  let pastBefore = false;
  // The date follows a "to"-infinitive with no noun between them ("to meet again on October 3").
  let infinitive = false;
  let noun = false;
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
    // A clause boundary: the cue belongs to another statement.
    if (tokens[i].lower === ';' || tokens[i].lower === '.') break;
    if (isCue(tokens, i) || isPresentProgressive(tokens, i)) return 'forward';
    // A commitment's tense does not time the act it commits to, which follows it and may lie
    // either side of publication ("had agreed to meet again on October 3" in a September article;
    // "had agreed to meet on September 15, but the summit was postponed"): the clause says neither.
    // Not past another past verb ("agreed to honour a deal that was signed on …") or a noun
    // ("vowed to avenge the attack on …": the date is the attack's). Review of truth21: "forward"
    // sent days just past a year ahead, and weekdays that date the commitment itself ("agreed to
    // pay $200 million on Thursday") a week ahead; `open` moves only a calendar day, to the nearest.
    if (infinitive && !pastBefore && isCommitment(tokens[i])) return 'open';
    if (!noun && !infinitive && isInfinitive(tokens, i)) infinitive = true;
    noun ||= tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN';
    pastBefore ||= isPastVerb(tokens[i]);
  }
  if (pastBefore) return 'past';
  // "Tuesday's plenary session will conclude the meeting": a cue right after, in the same clause.
  for (let i = at + 1; i < tokens.length && i <= at + AFTER; i++) {
    if (tokens[i].pos === 'PUNCT' || tokens[i].lower === 'that') return 'open';
    if (isCue(tokens, i)) return 'forward';
    if (isCoordinatedPast(tokens, i)) return 'past';
  }
  return 'open';
}

/**
 * "… on 14 August and flooded two villages": a finite past verb coordinated after the date shares
 * its clause's tense (Quirk et al. 1985, §13.5, coordinated predicates). Blind 40 reader: "cut"
 * before the date has one form for present and past, so the tense was read from no verb and the
 * nearest 14 August, ahead, was taken.
 */
function isCoordinatedPast(tokens: Token[], i: number): boolean {
  if (tokens[i].pos !== 'CCONJ') return false;
  const verb = tokens[i + 1]?.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
  return verb !== undefined && isPastVerb(verb);
}

/** Prepositions of goal or purpose before a date: the date a plan is for (Quirk et al. 1985, §9.43). */
const GOAL: ReadonlySet<string> = new Set(['to', 'for', 'until', 'till']);
/** Prepositions that open a range whose end a goal preposition may introduce ("from May 1 to May 5"). */
const RANGE_START: ReadonlySet<string> = new Set(['from', 'between']);

/**
 * Whether the date at token `at` is the target of a plan, after "to", "for", "until" or "till":
 * "adjourned sentencing to December 5", "announced a further strike for 21 October" (blind 32 and
 * 33 readers: a past verb before it dated the sentencing and the strike a year back). The verb's
 * tense times the deciding, not the date, so the clause says neither. Not the end of a range
 * ("from May 1 to May 5"), which the range's start dates.
 */
function goalDate(tokens: Token[], at: number): boolean {
  if (!GOAL.has(tokens[at - 1]?.lower ?? '')) return false;
  for (let i = at - 2; i >= 0 && i >= at - 2 - AFTER; i--) {
    if (tokens[i].pos === 'PUNCT') break;
    if (RANGE_START.has(tokens[i].lower)) return false;
  }
  return true;
}

/** Whether token `i` is a future cue, with the word it needs after it ("set to", "ahead of"). */
function isCue(tokens: Token[], i: number): boolean {
  const { future } = dateWords();
  if (!future.has(tokens[i].lower) && !future.has(tokens[i].lemma)) return false;
  // "the week ahead", "the days ahead": `ahead` after a unit of time looks forward on its own.
  if (tokens[i].lower === 'ahead' && dateWords().units.has(tokens[i - 1]?.lemma ?? '')) return true;
  const next = NEEDS_NEXT[tokens[i].lower];
  return next === undefined || next.includes(tokens[i + 1]?.lower ?? '');
}

/**
 * "is leaving", "are heading": the present progressive of a verb of motion or plan speaks of
 * an arrangement to come when it carries a date (Quirk et al. 1985, §4.29, the futurate
 * progressive), so "leaving in February" in a December article is next February.
 */
function isPresentProgressive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  let j = i - 1;
  if (tokens[j]?.pos === 'ADV') j--;
  return functionWords('present-be').has(tokens[j]?.lower ?? '');
}

/** A verb of commitment (Searle 1976 commissives: "agreed", "vowed"), not its noun ("broke its promise"). */
const isCommitment = (t: Token) => t.pos === 'VERB' && verbClass('commissive').has(t.lemma);

/** "to meet": "to" before a verb in its base form (Quirk et al. 1985, §3.54, the to-infinitive). */
function isInfinitive(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].lower === 'to' && next?.pos === 'VERB' && next.lower === next.lemma;
}

/** A finite past verb ("declared", "met"): its form differs from its lemma and is not -ing or -s. */
function isPastVerb(t: Token): boolean {
  if (t.pos !== 'VERB' || t.lower === t.lemma) return false;
  return !t.lower.endsWith('ing') && !t.lower.endsWith('s');
}
