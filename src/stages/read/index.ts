import { lstatSync, readFileSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { readFailed, reasonOf, UserError } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { RawSource } from '../../model/source.js';
import { contentHash } from '../../text/content-hash.js';
import { contentWarnings } from './content-warnings.js';
import { checkSize, decodeSource } from './encoding.js';
import { nameFields } from './field-names.js';
import { type FrontMatterSplit, splitFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import { outletOf, toMeta } from './meta.js';
import { readNotes } from './read-notes.js';
import { reportPath } from './report-path.js';
import { withTitle } from './title.js';

export { contentHash };

/** Saved web pages, read by html.ts instead of front matter. */
export const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** A page's metadata as front matter; a date that is not ISO 8601 is left out rather than refused. */
function fromHtml(content: string): FrontMatterSplit {
  const { data, text } = readHtml(content);
  if (data.published && !/^\d{4}-\d{2}-\d{2}/.test(data.published)) delete data.published;
  return { data, body: text };
}

/** Parses a source file's bytes: checks encoding, splits front matter, fills metadata. Pure. */
export function parseSource(path: string, bytes: Uint8Array): RawSource {
  const content = decodeSource(path, bytes);
  const id = basename(path, extname(path));
  const html = HTML_EXTENSIONS.has(extname(path).toLowerCase());
  const split = html ? fromHtml(content) : splitFrontMatter(content, path);
  const named = split.data ? nameFields(split.data, id) : undefined;
  const data = named?.data ?? null;
  const meta = toMeta(data, id, path);
  const outletNamed = data !== null && outletOf(data, path) !== undefined;
  const diagnostics: Diagnostic[] = [
    ...readNotes({ id, html, lenient: split.lenient === true, data, outletNamed, meta }),
    ...(named?.diagnostics ?? []),
    ...contentWarnings(id, content, meta),
  ];
  // A saved page's headline line is already first (html.ts); its <title> only fills `title`.
  const { text, bodyStart } = html ? { text: split.body, bodyStart: 0 } : withTitle(split.body, meta.title);
  return {
    id,
    event: basename(dirname(path)),
    path,
    recordedPath: path,
    meta,
    text,
    ...(bodyStart > 0 ? { bodyStart } : {}),
    hash: contentHash(bytes),
    diagnostics,
  };
}

/** The line for a path that exists but is no article: a folder, a FIFO, a device. */
function notAFile(path: string, stat: Stats): UserError {
  const what = stat.isDirectory() ? 'a directory' : 'not a regular file (a pipe, socket or device)';
  return new UserError(
    'not-a-file',
    `${path} is ${what}, not an article`,
    'name a .txt or .md file (use `crosscheck batch` for a folder)',
    path,
  );
}

/**
 * Reads and parses a source file; every problem becomes a UserError naming the file and the fix.
 * Only regular files are read (a FIFO would block forever), and the size is checked first.
 */
export function readSource(path: string): RawSource {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const dangling = code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false }) !== undefined;
    const what = dangling
      ? 'is a link to nothing'
      : code === 'ENOENT'
        ? 'does not exist'
        : `cannot be read (${code})`;
    throw new UserError('missing-file', `${path} ${what}`, 'check the path', path);
  }
  if (!stat.isFile()) throw notAFile(path, stat);
  checkSize(path, stat.size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw readFailed(path, reasonOf(error));
  }
  // The one place a path is resolved: the event and recorded path do not depend on how it was typed.
  return {
    ...parseSource(path, bytes),
    event: basename(dirname(resolve(path))),
    recordedPath: reportPath(path),
  };
}
