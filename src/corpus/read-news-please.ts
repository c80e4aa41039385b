import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJsonRecord, type RawRow } from './read-jsonl.js';

/** One news-please JSON file (one article a file); its whole text is its only "line". */
export function readJsonFile(path: string): RawRow {
  const record = parseJsonRecord(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  return typeof record === 'string' ? { line: 1, problem: record } : { line: 1, record };
}

/** Every `.json` file under a folder, in sorted path order so that runs are repeatable. */
export function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A news-please output folder: each `.json` file below it is one article, named by its relative path. */
export function* readNewsPleaseDir(dir: string): Generator<RawRow & { file: string }> {
  for (const path of jsonFilesUnder(dir)) yield { ...readJsonFile(path), file: relative(dir, path) };
}
