import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import type { ColumnMap, CorpusEntry, CorpusFormat } from './article.js';
import { toArticle } from './columns.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';
import { readJsonFile, readNewsPleaseDir } from './read-news-please.js';

export type { ColumnMap, CorpusArticle, CorpusEntry, CorpusFormat, RowPlace } from './article.js';
export { DEFAULT_COLUMNS, parseColumns } from './columns.js';

const FORMATS: Record<string, CorpusFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.json': 'json',
};

/** The format of a corpus path: by extension, or a folder of news-please `.json` files. */
export function corpusFormat(path: string): CorpusFormat | 'dir' {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new UserError('missing-file', `${path} does not exist`, 'check the path', path);
  }
  if (isDir) return 'dir';
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) {
    throw new UserError(
      'bad-usage',
      `${path}: unknown corpus format '${extname(path) || '(no extension)'}'`,
      'give a .jsonl, .csv or news-please .json file, or a folder of .json files',
      path,
    );
  }
  return format;
}

async function* rawRows(path: string) {
  const format = corpusFormat(path);
  if (format === 'jsonl') yield* readJsonl(path);
  else if (format === 'csv') yield* readCsv(path);
  else if (format === 'json') yield readJsonFile(path);
  else yield* readNewsPleaseDir(path);
}

/**
 * Streams a corpus row by row, each row mapped onto an article or marked with why it is
 * skipped. Never holds more than one row in memory, so it can be read again for a second pass.
 */
export async function* readCorpus(path: string, columns: ColumnMap): AsyncGenerator<CorpusEntry> {
  for await (const row of rawRows(path)) {
    const at =
      'file' in row && typeof row.file === 'string' ? { line: row.line, file: row.file } : { line: row.line };
    if ('problem' in row) {
      yield { at, problem: row.problem };
      continue;
    }
    const article = toArticle(row.record, columns);
    yield typeof article === 'string' ? { at, problem: article } : { at, record: row.record, article };
  }
}

/** `line 12: no text` or `a/b.json: not JSON`, for the list of skipped rows. */
export function describeSkip(entry: Extract<CorpusEntry, { problem: string }>): string {
  return `${entry.at.file ?? `line ${entry.at.line}`}: ${entry.problem}`;
}
