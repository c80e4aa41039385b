import { basename } from 'node:path';
import type { BatchSummary } from '../../model/summary.js';
import { type SchemaName, validate } from '../../schema/index.js';
import { summaryTotalsProblems } from './validate-summary.js';

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

/** A file's text parsed as JSON: its value, or undefined when the text is not JSON. */
export type Parsed = { value: unknown } | undefined;

/** Parses JSON text, undefined when it is not JSON (so that a file holding `null` is told apart). */
export function parseJson(text: string): Parsed {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** The file's kind: by the whole file's content, else by its first line's (a JSONL table), else by name. */
function batchFileOf(path: string, text: string, whole: Parsed): BatchFile | undefined {
  const kind = kindOf(whole?.value);
  if (kind === 'report') return undefined;
  if (kind) return kind;
  const first = kindOf(parseJson(text.split('\n').find((line) => line.trim() !== '') ?? '')?.value);
  if (first && first !== 'report' && first.lines) return first;
  return BY_NAME[basename(path)];
}

/** Each line of a JSONL table that is not blank, parsed, with its line number in the file. */
function tableLines(text: string): { line: number; parsed: Parsed }[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.trim() === '' ? [] : [{ line: i + 1, parsed: parseJson(line) }]));
}

/**
 * The problems of a batch file (`summary.json`, `outlets.json`, `findings.jsonl`, `claims.jsonl`,
 * under any name) against its schema, or undefined for a report. `text` is the file's text and
 * `whole` that text parsed, once, by the caller. A JSONL table is checked line by line, each
 * problem named by its line in the file, blank lines counted; a line that is not JSON is a
 * problem of its own.
 */
export function batchFileProblems(path: string, text: string, whole: Parsed): string[] | undefined {
  const file = batchFileOf(path, text, whole);
  if (!file) return undefined;
  const documents = file.lines ? tableLines(text) : [{ line: 0, parsed: whole }];
  const problems = documents.flatMap(({ line, parsed }) => {
    const where = file.lines ? `line ${line}: ` : '';
    if (parsed === undefined) return [`${where}not JSON`];
    return validate(file.schema, parsed.value).map((problem) => `${where}${problem}`);
  });
  // A summary that fits its schema must also add up.
  if (file.schema === 'summary' && problems.length === 0 && whole !== undefined)
    return summaryTotalsProblems(whole.value as BatchSummary);
  return problems;
}
