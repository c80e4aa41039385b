import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/pipeline.js';
import { assertReport, assertReportFiles } from '../assert-report.js';
import { run } from './run.js';

const A = 'sources/astana-2018-05-14/presstv.txt';
const B = 'sources/astana-2018-05-14/wire.txt';
const BAD = 'test/fixtures/bad';

describe('crosscheck CLI', () => {
  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/compare <a> <b>/);
    expect((await run(['--version'])).stdout).toMatch(/^crosscheck \d+\.\d+\.\d+\n$/);
  });

  it('compare --json - prints the JSON alone on stdout and the summary on stderr', async () => {
    const { code, stdout, stderr } = await run(['compare', A, B, '--json', '-']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    assertReport(report);
    expect(report.pair.id).toBe('astana-2018-05-14/presstv--wire');
    expect(stderr).toMatch(/Press TV \(a\) vs Wire report \(b\)/);
  });

  it('compare without --json prints the human summary on stdout', async () => {
    const { code, stdout } = await run(['compare', A, B]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/divergence/);
  });

  it('writes the JSON report atomically to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const out = join(dir, 'nested', 'r.json');
    expect((await run(['compare', A, B, '--json', out])).code).toBe(0);
    expect(JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')).schemaVersion).toBe(2);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['r.json']);
    expect(assertReportFiles(dir)).toEqual([out]);
    expect((await run(['validate', out])).code).toBe(0);
  });

  it.each([
    ['a missing file', ['compare', 'nope/missing.txt', B], /nope\/missing\.txt does not exist/],
    ['a directory', ['compare', 'sources/astana-2018-05-14', B], /is a directory/],
    ['an empty file', ['compare', `${BAD}/empty.txt`, B], /empty\.txt is empty/],
    ['a binary file', ['compare', `${BAD}/image.txt`, B], /looks binary/],
    ['invalid UTF-8', ['compare', `${BAD}/latin.txt`, B], /not valid UTF-8/],
    ['bad front matter', ['compare', `${BAD}/front-matter.txt`, B], /front matter is not valid YAML/],
    ['an unknown flag', ['compare', A, B, '--jsno', 'x'], /Unknown option '--jsno'/],
    ['a missing argument', ['compare', A], /compare takes <a> <b>/],
    ['an unknown command', ['comapre', A, B], /unknown command 'comapre'/],
  ])('rejects %s with one line and exit 2', async (_what, argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves no half-written file when the input is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    await run(['compare', `${BAD}/empty.txt`, B, '--json', join(dir, 'r.json')]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a source with no sentences (user trial 2); the library reports it as a diagnostic', async () => {
    const { code, stdout, stderr } = await run(['compare', `${BAD}/no-sentences.txt`, B, '--json', '-']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no-sentences\.txt has no body text/);
    const report = compareFiles(`${BAD}/no-sentences.txt`, B);
    assertReport(report);
    expect(report.diagnostics.map((d) => d.code)).toContain('segment/no-sentences');
  });

  it('validate rejects a report whose offsets do not slice to its text', async () => {
    const { stdout } = await run(['compare', A, B, '--json', '-']);
    const report = JSON.parse(stdout);
    report.claims[0].start += 1;
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'r.json'), JSON.stringify(report));
    const { code, stderr } = await run(['validate', join(dir, 'r.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/text\.slice/);
  });

  it('prints both schemas', async () => {
    expect(JSON.parse((await run(['schema'])).stdout).$id).toBe('urn:crosscheck:report');
    expect(JSON.parse((await run(['schema', 'claims'])).stdout).$id).toBe('urn:crosscheck:claims');
    expect(existsSync('src/schema/report.schema.json')).toBe(true);
  });
});
