import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type SchemaName, validate } from '../../schema/index.js';

/** A batch file's schema, and whether it is a JSONL table (one document a line). */
interface BatchFile {
  schema: SchemaName;
  lines: boolean;
}

/** A batch's own files, by name: the fallback when the content does not say (user trial 6, item 9). */
const BY_NAME: Record<string, BatchFile> = {
  'summary.json': { schema: 'summary', lines: false },
  'outlets.json': { schema: 'outlets', lines: false },
  'findings.jsonl': { schema: 'findings', lines: true },
  'claims.jsonl': { schema: 'claim-rows', lines: true },
};

const has = (value: unknown, ...keys: string[]) =>
  typeof value === 'object' && value !== null && keys.every((key) => key in value);

/**
 * What a document is, by the fields it holds (review-ux6 item 6): a report has `schemaVersion`
 * and `pair`; a summary `pairs` and `totals`; outlets.json `schemaVersion` and `outlets`; a
 * table row `finding` (findings) or `claim` (claims). 'report' and undefined leave it to the name.
 */
function kindOf(document: unknown): BatchFile | 'report' | undefined {
  if (has(document, 'schemaVersion', 'pair')) return 'report';
  if (has(document, 'pairs', 'totals')) return BY_NAME['summary.json'];
  if (has(document, 'schemaVersion', 'outlets')) return BY_NAME['outlets.json'];
  if (has(document, 'pair', 'finding')) return BY_NAME['findings.jsonl'];
  if (has(document, 'source', 'claim')) return BY_NAME['claims.jsonl'];
  return undefined;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file's kind: by the whole file's content, else by its first line's (a JSONL table), else by name. */
function batchFileOf(path: string, text: string): BatchFile | undefined {
  const whole = kindOf(parse(text));
  if (whole === 'report') return undefined;
  if (whole) return whole;
  const first = kindOf(parse(text.split('\n').find((line) => line.trim() !== '') ?? ''));
  if (first && first !== 'report' && first.lines) return first;
  return BY_NAME[basename(path)];
}

/**
 * The problems of a batch file (`summary.json`, `outlets.json`, `findings.jsonl`, `claims.jsonl`,
 * under any name) against its schema, or undefined for a report. A JSONL table is checked line by
 * line, each problem named by its line in the file, blank lines counted; a line that is not JSON is
 * a problem of its own.
 */
export function batchFileProblems(path: string): string[] | undefined {
  const text = readFileSync(path, 'utf8');
  const file = batchFileOf(path, text);
  if (!file) return undefined;
  const documents = file.lines
    ? text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [{ line: i + 1, text: line }]))
    : [{ line: 0, text }];
  return documents.flatMap((document) => {
    const where = file.lines ? `line ${document.line}: ` : '';
    try {
      return validate(file.schema, JSON.parse(document.text)).map((problem) => `${where}${problem}`);
    } catch {
      return [`${where}not JSON`];
    }
  });
}
