import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning, lockOutDir, stateOf } from '../../src/batch/lock.js';
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

// User trial 18, item 17: where PID 1 does not reap orphans, a killed batch stays a zombie, and its
// lock was taken for a live one's.
describe('a lock held by a zombie process', () => {
  it.each([
    ['21797 (node) Z 1 21797 21797 0', 'Z'],
    ['42 (a) b) S 1 42', 'S'],
    ['7 (x (y)) R 1', 'R'],
    ['not a stat line', undefined],
  ])('reads the state of %j as %j', (line, state) => {
    expect(stateOf(line)).toBe(state);
  });

  it.runIf(process.platform === 'linux')('is taken over, as the lock of a process that is gone', async () => {
    // The shell starts a child in the background and becomes `sleep`, which never reaps it: once
    // killed, the child stays a zombie.
    const parent = spawn('sh', ['-c', 'sleep 60 & echo $!; exec sleep 60'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const [line] = (await new Promise<Buffer>((done) => parent.stdout.once('data', done)))
        .toString()
        .split('\n');
      const pid = Number(line);
      process.kill(pid, 'SIGKILL');
      // The shell may still be running when the child dies (before its `exec`): it then reaps the
      // child, whose /proc entry goes. A reaped child is gone too; the lock is taken over either way.
      const state = () => {
        try {
          return stateOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        } catch {
          return 'gone';
        }
      };
      for (let s = state(); s !== 'Z' && s !== 'gone'; s = state())
        await new Promise((done) => setTimeout(done, 10));
      expect(isRunning(pid)).toBe(false);
      const out = tempDir();
      writeFileSync(join(out, '.crosscheck.lock'), `${pid}\n`);
      const release = lockOutDir(out, 'batch');
      expect(readFileSync(join(out, '.crosscheck.lock'), 'utf8')).toBe(`${process.pid}\n`);
      release();
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
