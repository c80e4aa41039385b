import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** The per-pair report formats, in the order files are listed. */
export const FORMATS = ['json', 'html', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Each format's renderer: `(report) => string`. */
export const RENDERERS: Record<Format, (report: Report) => string> = {
  json: renderJson,
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
};
