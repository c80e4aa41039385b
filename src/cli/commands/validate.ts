import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../../errors.js';
import type { Report } from '../../model/report.js';
import { checkReport } from '../../report/check.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

function readJson(path: string): unknown {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(
      'missing-file',
      `${path} does not exist or is not a file`,
      'name a report .json file',
      path,
    );
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UserError(
      'bad-report',
      `${path} is not JSON`,
      'give a report written by `crosscheck compare --json`',
      path,
    );
  }
}

/** `crosscheck validate <report.json>`: schema, offsets, ids and references. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a JSON report against the schema and its offsets against its text',
  args: '<report.json>',
  positionals: { min: 1, max: 1 },
  flags: {},
  run({ positionals }, io) {
    const path = positionals[0];
    const problems = checkReport(readJson(path) as Report);
    if (problems.length === 0) {
      io.stdout(`${path}: valid\n`);
      return EXIT.ok;
    }
    for (const problem of problems.slice(0, 20)) io.stderr(`${path}: ${problem}\n`);
    throw new UserError(
      'bad-report',
      `${path} is not a valid report (${problems.length} problems)`,
      'regenerate it with `crosscheck compare --json`',
      path,
    );
  },
};
