import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

const EVENT = join(FIXTURE_EVENTS, 'summit-2018-04-27');
const A = join(EVENT, 'courier.txt');

// User trial 5: comparing a file with itself succeeded with a report full of agreements.
describe('compare: one article given twice', () => {
  const dir = tempDir('crosscheck-same-');
  symlinkSync(A, join(dir, 'link.txt'));
  it.each([
    ['the same path', A, A, `crosscheck: ${A} is given twice: name two different articles\n`],
    [
      'two paths to one file',
      A,
      `${EVENT}/../summit-2018-04-27/courier.txt`,
      `crosscheck: ${A} and ${`${EVENT}/../summit-2018-04-27/courier.txt`} are the same file: name two different articles\n`,
    ],
    [
      'a link to it',
      A,
      join(dir, 'link.txt'),
      `crosscheck: ${A} and ${join(dir, 'link.txt')} are the same file: name two different articles\n`,
    ],
  ])('%s: exit 2 and one line', async (_name, a, b, line) => {
    const { code, stdout, stderr } = await run(['compare', a, b]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(line);
  });

  it('warns, and compares, when two files hold the same bytes', async () => {
    const copy = join(dir, 'copy.txt');
    cpSync(A, copy);
    const { code, stderr } = await run(['compare', A, copy]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `crosscheck: warning: ${A} and ${copy} have the same content: every sentence will agree\n`,
    );
  });
});
