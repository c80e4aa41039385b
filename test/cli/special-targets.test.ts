import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

const A = `${FIXTURE_EVENTS}summit-2018-04-27/courier.txt`;
const B = `${FIXTURE_EVENTS}summit-2018-04-27/herald.txt`;

// Review of ux, item 2: `--md /dev/stdout` renamed a temporary file over /dev/stdout itself. These
// tests use only a FIFO and a symlink made in a temporary folder: never a device path.
describe('compare: an output that is not a regular file', () => {
  it('writes into a FIFO, which stays a FIFO', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => {
      read += chunk;
    });
    const closed = new Promise((done) => reader.on('close', done));
    const { code } = await run(['compare', A, B, '--md', fifo, '--json', join(dir, 'r.json')]);
    // Were the FIFO replaced, nothing would ever open it for writing: the reader must not outlive the test.
    const stop = setTimeout(() => reader.kill(), 10_000);
    await closed;
    clearTimeout(stop);
    expect(code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const alone = await run(['compare', A, B, '--md', '-']);
    expect(read).toBe(alone.stdout);
  }, 60_000);

  it('writes through a symlink to the file it names, and keeps the link', async () => {
    const dir = tempDir();
    const file = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(file, 'old');
    symlinkSync(file, link);
    const { code } = await run(['compare', A, B, '--json', link]);
    expect(code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).generator.name).toBe('crosscheck');
  }, 60_000);

  // The inputs are missing on purpose: were the check to miss, the run stops at reading them and
  // never writes to the device.
  it.each(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'])(
    '%s counts as stdout in the targets check',
    async (path) => {
      const { code, stderr } = await run([
        'compare',
        'missing-a.txt',
        'missing-b.txt',
        '--json',
        '-',
        '--md',
        path,
      ]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `crosscheck: --json - and --md ${path} both name stdout: send one format to stdout and write the others to files\n`,
      );
    },
  );
});
