import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type SchemaName, validate } from '../../schema/index.js';

/** A batch's own files, by name, and the schema each is checked against (user trial 6, item 9). */
const BATCH_FILES: Record<string, { schema: SchemaName; lines: boolean }> = {
  'summary.json': { schema: 'summary', lines: false },
  'outlets.json': { schema: 'outlets', lines: false },
  'findings.jsonl': { schema: 'findings', lines: true },
  'claims.jsonl': { schema: 'claim-rows', lines: true },
};

/**
 * The problems of a batch file named as a batch writes it (`summary.json`, `outlets.json`,
 * `findings.jsonl`, `claims.jsonl`) against its schema, or undefined for any other name (a report).
 * A JSONL table is checked line by line; a line that is not JSON is a problem of its own.
 */
export function batchFileProblems(path: string): string[] | undefined {
  const file = BATCH_FILES[basename(path)];
  if (!file) return undefined;
  const text = readFileSync(path, 'utf8');
  const documents = file.lines ? text.split('\n').filter((line) => line !== '') : [text];
  return documents.flatMap((document, i) => {
    const where = file.lines ? `line ${i + 1}: ` : '';
    try {
      return validate(file.schema, JSON.parse(document)).map((problem) => `${where}${problem}`);
    } catch {
      return [`${where}not JSON`];
    }
  });
}
