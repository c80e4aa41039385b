import { dateWords } from '../../../lexicons/date-words.js';
import type { Token } from '../../../model/source.js';

/** How far back a cue may stand from the date it turns forward, in tokens. */
const WINDOW = 14;
/** How far after the date a cue may stand, within its clause. */
const AFTER = 6;
/** Cues that count only when the next word is `to` or `of` ("is set to", "ahead of", "going to"). */
const NEEDS_NEXT: Record<string, string> = { set: 'to', due: 'to', going: 'to', ahead: 'of' };

/**
 * Whether a bare weekday or month at token `at` points forward from the publication day.
 * News reports past events by default; a future cue earlier in the same clause ("will",
 * "expected", "is set to", "ahead of"), or just after it ("Tuesday's session will conclude…"),
 * turns the date forward. Issue 4: on Monday 14 May 2018,
 * "Israel struck … on Thursday" is the 10th, "expected to arrive … ahead of Tuesday's" the 15th.
 * chrono-node reads the weekday alone and gets this case wrong, so the decision is ours.
 */
export function pointsForward(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
    // A clause boundary: the cue belongs to another statement.
    if (tokens[i].lower === ';' || tokens[i].lower === '.') return false;
    if (isCue(tokens, i)) return true;
  }
  // "Tuesday's plenary session will conclude the meeting": a cue right after, in the same clause.
  for (let i = at + 1; i < tokens.length && i <= at + AFTER; i++) {
    if (tokens[i].pos === 'PUNCT' || tokens[i].lower === 'that') return false;
    if (isCue(tokens, i)) return true;
  }
  return false;
}

/** Whether token `i` is a future cue, with the word it needs after it ("set to", "ahead of"). */
function isCue(tokens: Token[], i: number): boolean {
  const { future } = dateWords();
  if (!future.has(tokens[i].lower) && !future.has(tokens[i].lemma)) return false;
  const next = NEEDS_NEXT[tokens[i].lower];
  return next === undefined || tokens[i + 1]?.lower === next;
}
