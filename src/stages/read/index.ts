import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { RawSource } from '../../model/source.js';
import { type FrontMatterSplit, splitFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import { toMeta } from './meta.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** sha256 of a source file's bytes: the key of its claims file and of a batch's freshness check. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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
  if (bytes.length === 0) {
    throw new UserError('empty-file', `${path} is empty`, 'give a .txt or .md article with some text', path);
  }
  if (bytes.includes(0)) {
    throw new UserError(
      'binary-file',
      `${path} looks binary (it contains NUL bytes)`,
      'give a plain-text .txt or .md article',
      path,
    );
  }
  let content: string;
  try {
    content = decoder.decode(bytes);
  } catch {
    throw new UserError(
      'invalid-utf8',
      `${path} is not valid UTF-8`,
      'convert it first, e.g. `iconv -f latin1 -t utf-8`',
      path,
    );
  }
  const id = basename(path, extname(path));
  const html = HTML_EXTENSIONS.has(extname(path).toLowerCase());
  const { data, body, lenient } = html ? fromHtml(content) : splitFrontMatter(content, path);
  const diagnostics: Diagnostic[] = [];
  if (html) {
    diagnostics.push({
      code: 'read/html-main-text',
      severity: 'info',
      message: `${id}: main text taken from the page by Readability; the report holds the text compared`,
      source: id,
    });
  }
  if (lenient) {
    diagnostics.push({
      code: 'read/flat-front-matter',
      severity: 'info',
      message: `${id}: front matter is not strict YAML (a value holds ': ' or a quote); read as plain key: value lines`,
      source: id,
    });
  }
  if (!data) {
    diagnostics.push({
      code: 'read/no-front-matter',
      severity: 'warning',
      message: `${id} has no front matter: the outlet is taken from the file name and relative dates stay unresolved`,
      source: id,
    });
  }
  const meta = toMeta(data, id, path);
  if (data && !meta.published) {
    diagnostics.push({
      code: 'read/no-publication-date',
      severity: 'warning',
      message: `${id} has no 'published' date: relative dates stay unresolved`,
      source: id,
    });
  }
  return {
    id,
    event: basename(dirname(path)),
    path,
    meta,
    text: body,
    hash: contentHash(bytes),
    diagnostics,
  };
}

/** Reads and parses a source file; every problem becomes a UserError naming the file and the fix. */
export function readSource(path: string): RawSource {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UserError('missing-file', `${path} does not exist`, 'check the path', path);
  }
  if (!isFile) {
    throw new UserError(
      'not-a-file',
      `${path} is a directory, not an article`,
      'name a .txt or .md file (use `crosscheck batch` for a folder)',
      path,
    );
  }
  return parseSource(path, readFileSync(path));
}
