import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutDir } from '../../src/batch/lock.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from './helpers.js';

/** The id of a process that has exited. */
const deadPid = () =>
  spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

// Review of mem6, item 6: a killed batch left its spill file of pair entries (~1.5 KB a pair) in --out.
describe('lockOutDir and the spill file a killed batch left', () => {
  it('removes the spill file when it takes over the lock of a process that is gone', () => {
    const out = tempDir();
    writeFileSync(join(out, '.crosscheck.lock'), `${deadPid()}\n`);
    writeFileSync(join(out, '.crosscheck-entries.jsonl'), '{"id":"e/a--b"}\n');
    const release = lockOutDir(out, 'batch');
    expect(existsSync(join(out, '.crosscheck-entries.jsonl'))).toBe(false);
    release();
    expect(existsSync(join(out, '.crosscheck.lock'))).toBe(false);
  });

  it('leaves the spill file of a batch that is still running', () => {
    const out = tempDir();
    writeFileSync(join(out, '.crosscheck.lock'), `${process.pid}\n`);
    writeFileSync(join(out, '.crosscheck-entries.jsonl'), '{"id":"e/a--b"}\n');
    expect(() => lockOutDir(out, 'batch')).toThrow(UserError);
    expect(existsSync(join(out, '.crosscheck-entries.jsonl'))).toBe(true);
  });
});
