import type { Token } from '../../../model/source.js';
import { dateWords } from '../../../lexicons/date-words.js';

/** How far back a cue may stand from the date it turns forward, in tokens. */
const WINDOW = 14;
/** Cues that count only when the next word is `to` or `of` ("is set to", "ahead of", "going to"). */
const NEEDS_NEXT: Record<string, string> = { set: 'to', due: 'to', going: 'to', ahead: 'of' };

/**
 * Whether a bare weekday or month at token `at` points forward from the publication day.
 * News reports past events by default; a future cue earlier in the same clause ("will",
 * "expected", "is set to", "ahead of") turns the date forward. Issue 4: on Monday 14 May 2018,
 * "Israel struck … on Thursday" is the 10th, "expected to arrive … ahead of Tuesday's" the 15th.
 * chrono-node reads the weekday alone and gets this case wrong, so the decision is ours.
 */
export function pointsForward(tokens: Token[], at: number): boolean {
  const { future } = dateWords();
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
    const t = tokens[i];
    // A clause boundary: the cue belongs to another statement.
    if (t.lower === ';' || t.lower === '.') return false;
    if (!future.has(t.lower) && !future.has(t.lemma)) continue;
    const next = NEEDS_NEXT[t.lower];
    if (next === undefined || tokens[i + 1]?.lower === next) return true;
  }
  return false;
}
