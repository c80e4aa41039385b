import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { serializeJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** The per-pair report formats, in the order files are listed. */
export const FORMATS = ['json', 'html', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Where a pair's report of one format lies in a batch's output folder: `<event>/<a>--<b>.<format>`
 * for the pair id `<event>/<a>--<b>`. The writer, the sweep of temporaries and the removal of
 * reports of pairs no longer planned all ask here, so they cannot drift apart.
 */
export const reportFileOf = (pairId: string, format: Format): string => `${pairId}.${format}`;

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
