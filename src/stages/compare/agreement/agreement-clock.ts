import { numberWords } from '../../../lexicons/number-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import type { Clause } from './agreement-clauses.js';

/**
 * Inputs: two clauses, one a side. A time of day is a figure the extractor does not keep as a
 * claim (a number before a clock word is no count: numbers.ts `isNotCount`), so the figure checks
 * of sentence agreement never see it: "issued the warning at 1:20 p.m." and "issued its warning at
 * 12:45 p.m." share every other word and state two times (blind 30 reader: an agreement for
 * different figures, WRONG by RUBRIC.md). A time hedged by either outlet ("at about 9:30 p.m." /
 * "shortly after 9 p.m.") is an estimate, which another time within the hour fits (the same reader
 * called that pair one fact).
 */

/** A time as written before a clock word: "1:20", "9", "12.45" (AP style writes "10:30 a.m."). */
const TIME = /^\d{1,2}(?:[:.]\d{2})?$/;
/** How far apart two times may lie when one of them is an estimate, in minutes. */
const HEDGED_REACH = 60;

/** A time of day: minutes since midnight, and how it is written. */
interface TimeOfDay {
  minutes: number;
  /** Which clock the words name: "12" for a.m., p.m. and o'clock, "24" for GMT, UTC, hrs. */
  clock: '12' | '24';
  /** "nine o'clock" names no half of the day: it is compared on the twelve-hour dial. */
  halfDay: boolean;
  hedged: boolean;
  /** Offsets of the time as written, the number and its clock word ("1:20 p.m."). */
  start: number;
  end: number;
}

/** The times of day a clause states ("1:20 p.m.", "9 a.m."). */
function timesOf(c: Clause): TimeOfDay[] {
  const times: TimeOfDay[] = [];
  const tokens: Token[] = c.sentence.tokens;
  for (let i = c.from; i + 1 < c.to; i++) {
    const word = tokens[i + 1].lower;
    if (!TIME.test(tokens[i].text) || numberWords().get(word)?.kind !== 'clock') continue;
    const [hour, minute = 0] = tokens[i].text.split(/[:.]/).map(Number);
    const half = word === 'p.m.' || word === 'pm' ? 720 : 0;
    const twelve = half > 0 || word === 'a.m.' || word === 'am';
    const minutes = twelve ? (hour % 12) * 60 + minute + half : hour * 60 + minute;
    times.push({
      minutes,
      clock: twelve || word === "o'clock" ? '12' : '24',
      halfDay: word === "o'clock",
      hedged: functionWords('time-hedge').has(tokens[i - 1]?.lower ?? ''),
      start: tokens[i].start,
      end: tokens[i + 1].end,
    });
  }
  return times;
}

/** Whether two times can be one: the same, or within the hour when either is an estimate; times on two clocks are not compared. */
function fits(x: TimeOfDay, y: TimeOfDay): boolean {
  if (x.clock !== y.clock) return true;
  const dial = x.halfDay || y.halfDay ? 720 : 1440;
  const apart = Math.abs((x.minutes % dial) - (y.minutes % dial));
  return apart === 0 || ((x.hedged || y.hedged) && apart <= HEDGED_REACH);
}

/** Whether both clauses state a time of day and no time of one side fits one of the other. */
export function otherTimes(a: Clause, b: Clause): boolean {
  const [ta, tb] = [timesOf(a), timesOf(b)];
  if (ta.length === 0 || tb.length === 0) return false;
  return !ta.some((x) => tb.some((y) => fits(x, y)));
}

/** Where a clause states times of day: the offsets of each, in text order ("1:20 p.m."). */
export const timeOffsets = (c: Clause): [number, number][] => timesOf(c).map((t) => [t.start, t.end]);
