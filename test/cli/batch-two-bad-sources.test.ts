import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { validate } from '../../src/schema/index.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// Review of fixux8, item 1: a pair of two unreadable sources named only its first side, so the
// second was never named (or its pairs were under-counted). Two bad sources in one event, run
// with two workers, from two input folders (item 7: no input root in the reasons).
function badEvents(): string {
  const sources = copyEvents();
  const quake = join(sources, 'quake-2020-01-02');
  writeFileSync(join(quake, 'bin.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(quake, 'empty.txt'), '');
  return sources;
}

async function runBatch() {
  const sources = badEvents();
  const work = tempDir();
  const out = join(work, 'out');
  const { io, stdout } = memoryIo();
  const argv = ['batch', sources, '--out', out, '--claims', join(work, 'claims'), '--jobs', '2'];
  const code = await main(argv, io);
  const text = readFileSync(join(out, 'summary.json'), 'utf8');
  return { code, stdout: stdout(), text, summary: JSON.parse(text) as BatchSummary };
}

const first = await runBatch();
const second = await runBatch();

describe('crosscheck batch: two bad sources in one event', () => {
  it('names each bad source once, with all the pairs it is in', () => {
    const lines = first.stdout.split('\n').filter((line) => line.startsWith('  failed'));
    // quake: 3 good sources + 2 bad = 10 pairs; 3 good pairs; bin and empty are in 4 each, 1 shared.
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}failed source quake-2020-01-02\/bin\.txt: .*binary.*; its 4 pair\(s\)/),
      expect.stringMatching(/^ {2}failed source quake-2020-01-02\/empty\.txt: .*empty.*; its 4 pair\(s\)/),
    ]);
    expect(first.summary.failedSources?.map((s) => [s.path, s.pairs])).toEqual([
      ['quake-2020-01-02/bin.txt', 4],
      ['quake-2020-01-02/empty.txt', 4],
    ]);
  });

  it('counts distinct pairs not compared', () => {
    expect(first.summary.totals).toMatchObject({ pairs: 11, ok: 4, failed: 7 });
    expect(first.stdout).toContain(
      'result: FAILED, 2 source(s) could not be read (7 pair(s) not compared) (exit 2)',
    );
    expect(first.code).toBe(2);
  });

  it('records both failed sides on the pair of two bad sources', () => {
    const both = first.summary.pairs.filter((p) => (p.failedSources ?? []).length === 2);
    expect(both).toHaveLength(1);
    expect(both[0].failedSources?.map((s) => s.path)).toEqual([
      'quake-2020-01-02/bin.txt',
      'quake-2020-01-02/empty.txt',
    ]);
    expect(validate('summary', first.summary)).toEqual([]);
  });

  it('states reasons without the input folder, so another folder gives the same summary', () => {
    for (const s of first.summary.failedSources ?? []) expect(s.reason).not.toContain('/tmp');
    const strip = (text: string) => text.replace(/"root": "[^"]*"/, '');
    expect(strip(second.text)).toBe(strip(first.text));
  });
});

describe('crosscheck batch: two bad sources split over shards', () => {
  it('merges to the same failed sources as one run', async () => {
    const sources = badEvents();
    const work = tempDir();
    const shard = (i: number) => join(work, `shard${i}`);
    for (const i of [1, 2]) {
      const argv = [
        'batch',
        sources,
        '--out',
        shard(i),
        '--claims',
        join(work, 'claims'),
        '--shard',
        `${i}/2`,
      ];
      await main([...argv, '--jobs', '2'], memoryIo().io);
    }
    const merged = memoryIo();
    const code = await main(['merge', shard(1), shard(2), '--out', join(work, 'merged')], merged.io);
    const summary = JSON.parse(readFileSync(join(work, 'merged', 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.failedSources).toEqual(first.summary.failedSources);
    expect(merged.stdout()).toContain('2 source(s) could not be read (7 pair(s) not compared) (exit 2)');
    // The merge of a batch with unreadable sources exits as the batch does.
    expect([code, summary.exitCode]).toEqual([2, 2]);
  });
});
