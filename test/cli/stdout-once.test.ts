import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS } from '../batch/helpers.js';
import { run } from './run.js';

const A = `${FIXTURE_EVENTS}summit-2018-04-27/courier.txt`;
const B = `${FIXTURE_EVENTS}summit-2018-04-27/herald.txt`;

// User trial 8: `--json - --md -` printed the JSON and silently dropped the Markdown.
describe('compare: at most one output to stdout', () => {
  it.each([
    [['--json', '-', '--md', '-'], 'crosscheck: --json - and --md - both name stdout'],
    [['--html', '-', '--csv', '-'], 'crosscheck: --html - and --csv - both name stdout'],
  ])('%j: exit 2 and one line', async (flags, line) => {
    const { code, stdout, stderr } = await run(['compare', A, B, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${line}: send one format to stdout and write the others to files\n`);
  });

  it.each([['--md'], ['--html'], ['--csv']])('%s - prints that format alone on stdout', async (flag) => {
    const { code, stdout, stderr } = await run(['compare', A, B, flag, '-']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/^\{/);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/The Courier \(a\) vs/);
  });

  it('--help names - for every format', async () => {
    const { stdout } = await run(['--help']);
    for (const flag of ['json', 'html', 'md', 'csv'])
      expect(stdout).toMatch(new RegExp(`--${flag} FILE\\|-`));
  });
});
