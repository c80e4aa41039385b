import { createReadStream } from 'node:fs';
import { type CsvError, parse } from 'csv-parse';
import type { RawRow } from './read-jsonl.js';

/**
 * Reads a CSV file with a header row through csv-parse's stream, one record at a time.
 * A record that does not parse (wrong number of fields, a broken quote) is reported by its
 * line and skipped rather than ending the read.
 */
export async function* readCsv(path: string): AsyncGenerator<RawRow> {
  const skipped: RawRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: true,
      info: true,
      relax_quotes: false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) skipped.push({ line: recordLine(error), problem: error.message.split('\n')[0] });
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, unknown>;
    info: { lines: number };
  }>) {
    // info.lines is the line where the record ends; a record with quoted newlines starts earlier.
    const line = info.lines - newlinesIn(record);
    // The parser runs ahead of this loop by a chunk: report the skips that came before this record.
    while (skipped.length > 0 && skipped[0].line < line) yield skipped.shift() as RawRow;
    yield { line, record };
  }
  yield* skipped.splice(0);
}

function recordLine(error: CsvError): number {
  const lines = (error as unknown as { lines?: number }).lines;
  return typeof lines === 'number' ? lines : 0;
}

function newlinesIn(record: Record<string, unknown>): number {
  let count = 0;
  for (const value of Object.values(record)) {
    if (typeof value !== 'string') continue;
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) count++;
  }
  return count;
}
