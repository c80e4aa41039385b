import { extname } from 'node:path';
import { type ColumnMap, readCorpus } from '../corpus/index.js';
import { UserError } from '../errors.js';
import { writeChunksAtomic } from '../io/write-lines-atomic.js';
import { csvField } from '../report/csv-cell.js';
import type { Grouping } from './index.js';

/**
 * Writes every usable row of the corpus back, in input order, with its `event` column set:
 * JSONL to a `.jsonl` target, CSV (RFC 4180, the input's columns then `event`) to a `.csv`
 * one. Reads the corpus a second time rather than keeping it in memory. Cells are written as
 * read: this is the user's own data, not a report (report/csv.ts defuses formulas there).
 */
export async function writeGroupedRows(
  corpus: string,
  columns: ColumnMap,
  grouping: Grouping,
  target: string,
): Promise<void> {
  const format = extname(target).toLowerCase();
  if (format !== '.jsonl' && format !== '.csv') {
    throw new UserError(
      'bad-usage',
      `--out ${target}: write .jsonl or .csv`,
      'e.g. --out grouped.jsonl',
      target,
    );
  }
  const event = columns.event[0];
  await writeChunksAtomic(target, rows());

  async function* rows(): AsyncGenerator<string> {
    let ordinal = 0;
    let header: string[] | undefined;
    for await (const entry of readCorpus(corpus, columns)) {
      if (!('article' in entry)) continue;
      const record = { ...entry.record, [event]: grouping.events[ordinal++] };
      if (format === '.jsonl') {
        yield `${JSON.stringify(record)}\n`;
        continue;
      }
      if (!header) {
        header = Object.keys(record);
        yield `${header.map(csvField).join(',')}\r\n`;
      }
      yield `${header.map((name) => csvField(cellText(record[name]))).join(',')}\r\n`;
    }
  }
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
