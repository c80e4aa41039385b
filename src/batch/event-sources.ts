import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { headOf } from '../io/file-head.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import type { PlannedSource, SkippedPath } from './plan.js';

// The sources of one event folder, as planBatch reads them: which files count, which are passed
// over and why, and the ids that must not clash.

/** A folder's entries in code-unit order. */
export function listDir(path: string): string[] {
  return readdirSync(path).sort(byCodeUnit);
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** The source extensions in any case: Windows exports write `.TXT` (user trial 18, item 6). */
function isSourceName(name: string): boolean {
  return SOURCE_EXTENSIONS.has(extname(name).toLowerCase());
}

// What crosscheck writes at the top of its HTML pages (report/html, report/page-start.ts) and
// Markdown reports (report/markdown.ts): a copy in an event folder is no article (user trial 18, item 10).
const GENERATOR_MARKS = ['<meta name="generator" content="crosscheck', '[//]: # (generator: crosscheck'];
const MARK_BYTES = 4096;

/** Whether an `.md`/`.html` file carries crosscheck's generator mark near its top. */
function writtenByCrosscheck(path: string, name: string): boolean {
  if (extname(name).toLowerCase() === '.txt') return false;
  const head = headOf(path, MARK_BYTES);
  return GENERATOR_MARKS.some((mark) => head.includes(mark));
}

/**
 * Why a `.txt`/`.md`/`.html` entry is no source, or null when it is a regular file. Only regular files
 * are read: a FIFO would block the batch forever, a dangling link would abort it (issue 12).
 */
function notReadable(path: string): string | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 'a link to nothing';
  if (stat.isDirectory()) return 'a folder';
  return stat.isFile() ? null : 'not a regular file (a pipe, socket or device)';
}

/** Two files of one event with the same id would share one claims file and one pair id. */
function sameId(dir: string, x: PlannedSource, y: PlannedSource): UserError {
  return new UserError(
    'id-clash',
    `${x.path} and ${y.path} share the source id '${x.id}'`,
    `rename one of them in ${dir}: a source's id is its file name without the extension`,
    y.path,
  );
}

/**
 * Sources of one event folder: `.txt`, `.md` and saved `.html` regular files (extensions in any case)
 * but crosscheck's own reports, sorted by id (the file name without its extension), so `merge` can
 * restore the same order from pair ids alone. Skipped files are recorded as `shown/<name>`.
 */
export function eventSources(dir: string, skipped: SkippedPath[], shown = dir): PlannedSource[] {
  const sources: PlannedSource[] = [];
  for (const name of listDir(dir)) {
    if (!isSourceName(name)) continue;
    const path = join(dir, name);
    const why = notReadable(path) ?? (writtenByCrosscheck(path, name) ? 'a report crosscheck wrote' : null);
    if (why) skipped.push({ path: `${shown}/${name}`, reason: why });
    else sources.push({ id: name.slice(0, -extname(name).length), path });
  }
  sources.sort((x, y) => byCodeUnit(x.id, y.id) || byCodeUnit(x.path, y.path));
  for (let i = 1; i < sources.length; i++)
    if (sources[i].id === sources[i - 1].id) throw sameId(dir, sources[i - 1], sources[i]);
  return sources;
}
