import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A raw record of a corpus, before its columns are mapped: the parsed object or why it did not parse. */
export type RawRow = { line: number; record: Record<string, unknown> } | { line: number; problem: string };

/** Parses one JSON line into an object record. */
export function parseJsonRecord(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message.split('\n')[0]})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  return value as Record<string, unknown>;
}

/** Reads a JSONL file line by line (streaming: one line in memory at a time); blank lines are skipped. */
export async function* readJsonl(path: string): AsyncGenerator<RawRow> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const record = parseJsonRecord(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    yield typeof record === 'string' ? { line, problem: record } : { line, record };
  }
}
