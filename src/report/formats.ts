import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { serializeJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** The per-pair report formats, in the order files are listed. */
export const FORMATS = ['json', 'html', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Each format's renderer: `(report) => string`, for a report that `assertReport` has checked
 * (the JSON is therefore not validated a second time; `renderJson` is, for other callers).
 */
export const RENDERERS: Record<Format, (report: Report) => string> = {
  json: serializeJson,
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
};
