import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { validate } from '../../src/schema/index.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// User trial 7, item 6: one bad source printed one identical `failed` line per pair it is in, and
// the head line counted those pairs as compared.
const sources = copyEvents();
const quake = join(sources, 'quake-2020-01-02');
writeFileSync(join(quake, 'bin.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0]));
const work = tempDir();
const out = join(work, 'out');
const { io, stdout, stderr } = memoryIo();
const code = await main(
  ['batch', sources, '--out', out, '--claims', join(work, 'claims'), '--jobs', '1'],
  io,
);
const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

describe('crosscheck batch: one bad source among good ones', () => {
  it('prints one line naming the file, its error and fix, and the pairs not compared', () => {
    const lines = stdout().split('\n');
    const named = lines.filter((line) => line.includes('bin'));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(
      /^ {2}failed source quake-2020-01-02\/bin\.txt: .*binary.*; its 3 pair\(s\) were not compared$/,
    );
    expect(stderr()).not.toContain('bin.txt looks binary');
  });

  it('counts the pairs it kept from comparison apart from the compared ones', () => {
    // 4 good pairs + 3 with bin.txt (quake had 3 sources, now 4: 6 pairs; summit 1).
    expect(stdout()).toContain(
      'crosscheck batch: 7 pair(s) in 2 event(s): 4 compared, 0 up to date, 3 failed',
    );
    expect(summary.totals).toMatchObject({ pairs: 7, ok: 4, failed: 3 });
    expect(summary.failedSources).toEqual([
      { path: 'quake-2020-01-02/bin.txt', reason: expect.stringContaining('binary'), pairs: 3 },
    ]);
    expect(stdout()).toContain(
      'result: FAILED, 1 source(s) could not be read (3 pair(s) not compared) (exit 2)',
    );
    // An unreadable source is an input error: exit 2, as for `compare` (cli/exit-codes.ts).
    expect(code).toBe(2);
    expect(summary.exitCode).toBe(2);
  });

  it('summary.json stays valid against its schema', () => {
    expect(validate('summary', summary)).toEqual([]);
    const failed = summary.pairs.filter((p) => p.status === 'error');
    expect(failed.map((p) => p.failedSources?.map((s) => s.path))).toEqual(
      Array(3).fill(['quake-2020-01-02/bin.txt']),
    );
  });
});
