import { UserError } from '../errors.js';
import type { ColumnMap, CorpusArticle } from './article.js';

/**
 * Default column names: crosscheck's own, then news-please's (`source_domain`, `date_publish`,
 * `maintext`), so a news-please export reads as is.
 */
export const DEFAULT_COLUMNS: ColumnMap = {
  outlet: ['outlet', 'source_domain'],
  published: ['published', 'date_publish'],
  title: ['title'],
  url: ['url'],
  text: ['text', 'maintext'],
  event: ['event'],
};

/** Parses `--columns outlet=site,text=body`: each named field is read from that column only. */
export function parseColumns(spec: string | undefined): ColumnMap {
  const map: ColumnMap = { ...DEFAULT_COLUMNS };
  if (spec === undefined) return map;
  for (const pair of spec.split(',')) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    if (!(field in map) || !column) {
      throw new UserError(
        'bad-usage',
        `--columns '${pair}' is not FIELD=COLUMN with FIELD one of ${Object.keys(map).join(', ')}`,
        'e.g. --columns outlet=site,text=body',
      );
    }
    map[field as keyof ColumnMap] = [column];
  }
  return map;
}

/** The first non-blank value among the columns, trimmed unless `asIs` (an article's text is kept byte for byte). */
function pick(record: Record<string, unknown>, names: string[], asIs = false): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    const text = String(value);
    if (text.trim() !== '') return asIs ? text : text.trim();
  }
  return undefined;
}

/** `YYYY-MM-DD` from a date or timestamp string (news-please writes `2018-04-19 12:00:00`). */
export function toDay(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) return undefined;
  return m[1];
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Maps a row onto an article, or says in a few words why the row cannot be used. */
export function toArticle(record: Record<string, unknown>, columns: ColumnMap): CorpusArticle | string {
  const text = pick(record, columns.text, true);
  if (text === undefined) return `no text (columns ${columns.text.join('/')})`;
  const url = pick(record, columns.url);
  // An export without an outlet column still names the site in each URL.
  const outlet = pick(record, columns.outlet) ?? hostOf(url);
  if (outlet === undefined) return `no outlet (columns ${columns.outlet.join('/')} or a url)`;
  const article: CorpusArticle = { outlet, text };
  const published = toDay(pick(record, columns.published));
  if (published) article.published = published;
  const title = pick(record, columns.title);
  if (title) article.title = title;
  if (url) article.url = url;
  const event = pick(record, columns.event);
  if (event) article.event = event;
  return article;
}
