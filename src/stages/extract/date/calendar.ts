/**
 * Calendar arithmetic on plain `YYYY-MM-DD` days, in UTC so that no time zone shifts a day.
 * Inputs: the publication date of a source and the fields a date rule read from the text.
 */

/** An inclusive ISO interval. */
export interface IsoInterval {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` (the front-matter `published` field); undefined when it is not a date. */
export function parseDay(text: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!m) return undefined;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(day.getTime()) ? undefined : day;
}

/** The day as `YYYY-MM-DD`. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** A UTC day from year, month (1..12) and day of month. */
export function dayOf(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** `day` moved by `n` days. */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(day: Date): number {
  return day.getUTCDay() === 0 ? 7 : day.getUTCDay();
}

/** One day as an interval. */
export function dayInterval(day: Date): IsoInterval {
  return { start: isoDay(day), end: isoDay(day) };
}

/** Days `from`..`to` of a month (1..12), clipped to the month's length. */
export function monthInterval(year: number, month: number, from = 1, to = 31): IsoInterval {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: isoDay(dayOf(year, month, from)), end: isoDay(dayOf(year, month, Math.min(to, last))) };
}

/** Months `from`..`to` (1..12) of a year. */
export function monthsInterval(year: number, from: number, to: number): IsoInterval {
  return { start: monthInterval(year, from).start, end: monthInterval(year, to).end };
}

/** The ISO week (Monday..Sunday) that holds `day`, moved by `offset` weeks. */
export function weekInterval(day: Date, offset: number): IsoInterval {
  const monday = addDays(day, 1 - isoWeekday(day) + 7 * offset);
  return { start: isoDay(monday), end: isoDay(addDays(monday, 6)) };
}

/** Whether a day of month exists in that month and year. */
export function isValidDay(year: number, month: number, date: number): boolean {
  return date >= 1 && dayOf(year, month, date).getUTCMonth() === month - 1;
}

/**
 * The year of a month (and day) given without one: the most recent occurrence on or before the
 * publication day, or the next one on or after it when the sentence points forward (issue 4).
 */
export function yearFor(ref: Date, month: number, date: number | undefined, forward: boolean): number {
  const year = ref.getUTCFullYear();
  const refKey = (ref.getUTCMonth() + 1) * 100 + (date === undefined ? 0 : ref.getUTCDate());
  const key = month * 100 + (date ?? 0);
  if (forward) return key >= refKey ? year : year + 1;
  return key <= refKey ? year : year - 1;
}

/**
 * The year of a day given without one and without a tense to direct it: the occurrence nearest
 * the publication day (ties go to the past). AP style gives the year only for dates outside the
 * current year, so a bare "Dec. 27" in a Dec. 13 article is this December, not last.
 */
export function nearestYear(ref: Date, month: number, date: number): number {
  const year = ref.getUTCFullYear();
  const distance = (y: number) => Math.abs(dayOf(y, month, date).getTime() - ref.getTime());
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}
