import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ANALYSIS_FILES } from '../../src/tables/stale.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

// User trial 13: `<command> --help` printed the global help; the exit codes left out 3 and 130.
describe('help', () => {
  it.each([
    ['compare', /^Usage: crosscheck compare <a> <b>\n/, '--json FILE|-'],
    ['batch', /^Usage: crosscheck batch <sources-dir> \| --input CORPUS\n/, '--fail-on KINDS'],
    ['schema', /^Usage: crosscheck schema \[NAME\]\n/, 'Exit codes'],
  ])('%s --help prints that command alone', async (name, usage, flag) => {
    const { code, stdout } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(usage);
    expect(stdout).toContain(flag);
    expect(stdout).not.toContain('Commands:');
  });

  it('names every exit code', async () => {
    const { stdout } = await run(['--help']);
    for (const code of ['0 ok', '1 a --fail-on', '2 usage', '3 internal', '130/143'])
      expect(stdout).toContain(code);
  });

  // Review of tidy10, item 3: which code wins when both apply, and where CI finds the gate then.
  it('says that 2 wins over 1 and where the gate’s verdict is then', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout.replace(/\n\s*/g, ' ')).toContain('2 wins over 1, so read gate.tripped in summary.json');
  });
});

describe('batch --format without json', () => {
  it('removes the analysis files an earlier run with json wrote, which the new index does not link', async () => {
    const sources = copyEvents();
    const work = tempDir();
    const out = join(work, 'out');
    const batch = async (format: string) =>
      main(
        ['batch', sources, '--out', out, '--claims', join(work, 'c'), '--format', format, '--jobs', '1'],
        memoryIo().io,
      );
    expect(await batch('json,html')).toBe(0);
    // ANALYSIS_FILES is every file a json run writes beside the index and summary.
    const top = readdirSync(out).filter((name) => name.includes('.') && !name.startsWith('.'));
    expect(top.sort()).toEqual([...ANALYSIS_FILES, 'index.html', 'summary.json'].sort());
    expect(await batch('md')).toBe(0);
    for (const file of ANALYSIS_FILES) expect(existsSync(join(out, file)), file).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('findings.csv');
  }, 120_000);
});

describe('merge of shards without json', () => {
  it('removes the analysis files an earlier merge of json shards wrote', async () => {
    const sources = copyEvents();
    const work = tempDir();
    const merged = join(work, 'merged');
    const shardThenMerge = async (shard: string, format: string) => {
      const args = ['--out', join(work, shard), '--claims', join(work, 'c'), '--format', format];
      expect(await main(['batch', sources, ...args, '--jobs', '1', '--shard', '1/1'], memoryIo().io)).toBe(0);
      expect(await main(['merge', join(work, shard), '--out', merged], memoryIo().io)).toBe(0);
    };
    await shardThenMerge('s1', 'json,html');
    for (const file of ANALYSIS_FILES) expect(existsSync(join(merged, file)), file).toBe(true);
    await shardThenMerge('s2', 'html');
    for (const file of ANALYSIS_FILES) expect(existsSync(join(merged, file)), file).toBe(false);
    expect(readFileSync(join(merged, 'index.html'), 'utf8')).not.toContain('findings.csv');
  }, 120_000);
});

describe('--gate-hidden without --fail-on', () => {
  it.each([['batch'], ['merge']])('%s refuses it with one line and exit 2', async (command) => {
    const work = tempDir();
    const { code, stdout, stderr } = await run([command, work, '--out', join(work, 'out'), '--gate-hidden']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^crosscheck: --gate-hidden needs --fail-on[^\n]*\n$/);
    expect(existsSync(join(work, 'out'))).toBe(false);
  });
});
