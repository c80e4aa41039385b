/**
 * Dates written in a sentence, as comparable keys: `2018-05-10` (day), `2017-01` (month),
 * `2017` (year). Weekdays and today/yesterday are resolved against the publication date
 * ("on Thursday" in a Monday 14 May 2018 paper is 2018-05-10); without one they stay as
 * their name (`thursday`), which still matches the same word on the other side.
 * Month and weekday names come from the one date vocabulary, `lexicons/data/date-words.yaml`.
 */
import { dateWords } from '../../lexicons/date-words.js';

const YEAR = /^(19|20)\d\d$/;

interface MonthNames {
  /** Full names: "january" → 1. */
  full: Map<string, number>;
  /** Abbreviations, read without their dot: the first three letters of each name, and the lexicon's aliases ("sept"). */
  short: Map<string, number>;
}

let monthNames: MonthNames | undefined;

function months(): MonthNames {
  if (monthNames) return monthNames;
  const full = new Map<string, number>();
  const short = new Map<string, number>();
  // The vocabulary maps names and aliases alike; a month's longest word is its full name.
  const byMonth = new Map<number, string[]>();
  for (const [word, month] of dateWords().months) byMonth.set(month, [...(byMonth.get(month) ?? []), word]);
  for (const [month, words] of byMonth) {
    const name = words.reduce((x, y) => (y.length > x.length ? y : x));
    full.set(name, month);
    short.set(name.slice(0, 3), month);
    for (const alias of words) if (alias !== name) short.set(alias, month);
  }
  // "mar" is a verb far more often than a month.
  short.delete('mar');
  monthNames = { full, short };
  return monthNames;
}

/** Dates found, and which tokens they used (so that numbers do not count them again). */
export interface DateReading {
  keys: string[];
  used: boolean[];
}

/** Month number 1..12 of a month word ("may", "sept.", "january"), or 0. */
export function monthOf(word: string): number {
  const { full, short } = months();
  return full.get(word) ?? short.get(word.replace(/\.$/, '')) ?? 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The latest date on or before `published` that falls on `weekday`, ISO-numbered (Monday = 1 …
 * Sunday = 7), as news reports look back. JavaScript numbers Sunday 0, the same day modulo 7.
 */
export function resolveWeekday(weekday: number, published: string): string {
  const day = new Date(`${published}T00:00:00Z`);
  const back = (((day.getUTCDay() - weekday) % 7) + 7) % 7;
  return iso(new Date(day.getTime() - back * 86_400_000));
}

/** A token as the date reader needs it: the surface text and its lower-case form. */
export interface DateToken {
  text: string;
  lower: string;
}

/** Reads date keys from tokens; `published` is `YYYY-MM-DD` when known. */
export function readDates(tokens: readonly DateToken[], published?: string): DateReading {
  const words = tokens.map((t) => t.lower);
  const used = words.map(() => false);
  const keys: string[] = [];
  const defaultYear = published?.slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const month = monthOf(word);
    // The modal verb "may" is lower-case; the month is capitalised.
    if (month > 0 && (word !== 'may' || tokens[i].text === 'May')) {
      used[i] = true;
      const day = /^\d{1,2}$/.test(words[i + 1] ?? '') ? Number(words[i + 1]) : 0;
      if (day) used[i + 1] = true;
      const yearAt = day ? (words[i + 2] === ',' ? i + 3 : i + 2) : i + 1;
      const year = YEAR.test(words[yearAt] ?? '') ? words[yearAt] : undefined;
      if (year) used[yearAt] = true;
      const y = year ?? defaultYear;
      const monthKey = y ? `${y}-${pad(month)}` : pad(month);
      keys.push(day ? `${monthKey}-${pad(day)}` : monthKey);
      continue;
    }
    const weekday = dateWords().weekdays.get(word);
    if (weekday !== undefined) keys.push(published ? resolveWeekday(weekday, published) : word);
    else if (YEAR.test(word) && !used[i]) keys.push(word);
    else if (word === 'today' && published) keys.push(published);
    else if (word === 'yesterday' && published) keys.push(shiftDay(published, -1));
    else continue;
    used[i] = true;
  }
  return { keys, used };
}

function shiftDay(dayIso: string, days: number): string {
  return iso(new Date(new Date(`${dayIso}T00:00:00Z`).getTime() + days * 86_400_000));
}

/** Two date keys agree when equal or when one contains the other (`2017` contains `2017-01`). */
export function datesAgree(x: string, y: string): boolean {
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}
