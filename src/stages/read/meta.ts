import { UserError } from '../../errors.js';
import type { SourceMeta } from '../../model/source.js';

/** `YYYY-MM-DD` when it names a real calendar day (no 2018-02-30), else null. */
function calendarDay(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  return iso === m[0] ? iso : null;
}

/** Per field, an example value and what one file has one of: the hint of a list or mapping (user trial 21, item 10). */
const ONE_VALUE: Record<string, readonly [example: string, what: string]> = {
  outlet: ['Press TV', 'outlet'],
  published: ['2018-05-14', 'date'],
  url: ['https://example.org/story', 'address'],
  title: ['Ten people die in floods', 'headline'],
  language: ['en', 'language'],
  leaning: ['centre-left', 'leaning'],
};

/** The error for a list or mapping given where a field takes one value. */
function notSingle(value: unknown, key: string, path: string): UserError {
  const what = Array.isArray(value) ? 'a list' : 'a mapping';
  const [example, one] = ONE_VALUE[key] ?? ['…', 'value'];
  return new UserError(
    'bad-front-matter',
    `${path}: '${key}' is ${what}, not a single value`,
    `write one value, e.g. \`${key}: ${example}\` (one ${one} per file)`,
    path,
  );
}

function publishedOf(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // `String()` of a list is its items joined by commas: `[2025-03-05, 2025-03-06]` read as its first day (user trial 21).
  if (typeof value === 'object' && !(value instanceof Date)) throw notSingle(value, 'published', path);
  const day =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? null
        : value.toISOString().slice(0, 10)
      : calendarDay(String(value));
  if (day === null) {
    throw new UserError(
      'bad-front-matter',
      `${path}: 'published' is not a calendar date (${String(value)})`,
      'write it as YYYY-MM-DD, e.g. `published: 2018-05-14`',
      path,
    );
  }
  return day;
}

/** A text field's value: a string, number or boolean; a list or mapping is the user's mistake. */
function textOf(data: Record<string, unknown>, key: string, path: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value).trim();
    return text === '' ? undefined : text;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  throw notSingle(value, key, path);
}

/** The fields read as they are written, beside `outlet` and `published`. */
const TEXT_FIELDS = ['url', 'title', 'language', 'leaning'] as const;

/** Every front matter field crosscheck reads (README "Sources"); other keys are left alone. */
export const FRONT_MATTER_FIELDS: readonly string[] = ['outlet', 'published', ...TEXT_FIELDS];

/** The outlet the front matter names, or undefined when its `outlet` is missing or empty. */
export function outletOf(data: Record<string, unknown>, path: string): string | undefined {
  return textOf(data, 'outlet', path);
}

/** Turns front-matter fields into SourceMeta; `published` accepts a YAML date or `YYYY-MM-DD…`. */
export function toMeta(
  data: Record<string, unknown> | null,
  fallbackOutlet: string,
  path: string,
): SourceMeta {
  const meta: SourceMeta = { outlet: fallbackOutlet };
  if (!data) return meta;
  meta.outlet = outletOf(data, path) ?? fallbackOutlet;
  const published = publishedOf(data.published, path);
  if (published) meta.published = published;
  for (const key of TEXT_FIELDS) {
    const value = textOf(data, key, path);
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}
