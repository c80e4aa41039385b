import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../../errors.js';
import type { Report } from '../../model/report.js';
import { checkReport } from '../../report/check.js';
import { claimsFileProblems } from '../../report/check-claims.js';
import { counted } from '../../text/counted.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { batchFileProblems, parseJson } from './validate-batch-file.js';

/** The text of the file to validate; a missing path or a folder is a user error. */
function readText(path: string): string {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(
      'missing-file',
      `${path} does not exist or is not a file`,
      'name a report .json file',
      path,
    );
  }
  return readFileSync(path, 'utf8');
}

/** What a file to validate is, and how to make a valid one again. */
const FIXES = {
  report: 'regenerate it with `crosscheck compare --json`',
  'claims file': 'delete it: `crosscheck extract` or `batch` writes it again',
  'batch file': 'run the batch again',
} as const;
type Kind = keyof typeof FIXES;

/**
 * A claims file, by its fields (user trial 18, item 14: it was checked as a report): the source
 * with its claims, and no pair. A report and a claims file both have `schemaVersion`.
 */
const isClaimsFile = (document: unknown): boolean =>
  typeof document === 'object' &&
  document !== null &&
  !('pair' in document) &&
  ['schemaVersion', 'source', 'claims'].every((key) => key in document);

/**
 * The problems of a claims file (by its content), a batch file (by its content or name) or a
 * report, and which of them it is. The file is read and parsed once, for every check.
 */
function problemsOf(path: string): { problems: string[]; what: Kind } {
  const text = readText(path);
  const whole = parseJson(text);
  if (isClaimsFile(whole?.value)) return { problems: claimsFileProblems(whole?.value), what: 'claims file' };
  const batch = batchFileProblems(path, text, whole);
  if (batch) return { problems: batch, what: 'batch file' };
  if (whole === undefined) {
    throw new UserError(
      'bad-report',
      `${path} is not JSON`,
      'give a report written by `crosscheck compare --json`',
      path,
    );
  }
  return { problems: checkReport(whole.value as Report), what: 'report' };
}

/**
 * `crosscheck validate <file>`: a report's schema, offsets, ids and references; a claims file's
 * schema and offsets; a batch's `summary.json` (and that its totals add up), `outlets.json`,
 * `findings.jsonl` or `claims.jsonl` against its own schema.
 */
export const validateCommand: Command = {
  name: 'validate',
  summary:
    'check a JSON report or claims file against its schema and its offsets against its text (or summary.json, outlets.json, findings.jsonl, claims.jsonl against theirs)',
  args: '<file>',
  positionals: { min: 1, max: 1 },
  flags: {},
  run({ positionals }, io) {
    const path = positionals[0];
    const { problems, what } = problemsOf(path);
    if (problems.length === 0) {
      io.stdout(`${path}: valid\n`);
      return EXIT.ok;
    }
    for (const problem of problems.slice(0, 20)) io.stderr(`${path}: ${problem}\n`);
    throw new UserError(
      'bad-report',
      `${path} is not a valid ${what} (${counted(problems.length, 'problem')})`,
      FIXES[what],
      path,
    );
  },
};
