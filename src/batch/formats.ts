import { UserError } from '../errors.js';
import type { Report } from '../model/report.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html/index.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';

/** The per-pair formats `batch` writes, in the order files are listed. */
export const FORMATS = ['json', 'html', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Each format's renderer: `(report) => string`. */
export const RENDERERS: Record<Format, (report: Report) => string> = {
  json: renderJson,
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
};

/** Parses `--format json,html`: known names only, deduplicated, in canonical order. */
export function parseFormats(text: string): Format[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(FORMATS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new UserError(
      'bad-usage',
      `--format '${text}' names ${unknown.length > 0 ? `unknown format '${unknown[0]}'` : 'no format'}`,
      `use a comma-separated list of ${FORMATS.join(', ')}`,
    );
  }
  return FORMATS.filter((format) => names.includes(format));
}
