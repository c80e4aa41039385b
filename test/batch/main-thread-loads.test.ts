import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_SAMPLES_ENV, type HeapPeaks } from '../../src/batch/heap-samples.js';
import { type CpuMark, THREAD_CPU_ENV } from '../../src/batch/thread-cpu.js';
import { FIXTURE_EVENTS, tempDir } from './helpers.js';

/**
 * Runs a batch of the fixture events in a fresh process with `jobs` and workers forced on (one
 * pair a worker), checks that no pair failed, and says whether the process's main thread loaded
 * wink-nlp, the NLP model (each thread has its own module cache: a worker's loads do not show
 * here). The script is a file, not `node -e`: workers inherit node's flags, and `--input-type`
 * fails a worker.
 */
function mainThreadLoadsWink(jobs: number, heapSamples?: string, threadCpu?: string): boolean {
  const out = tempDir();
  const run = new URL('../../src/batch/run.ts', import.meta.url).href;
  const options = {
    sourcesDir: FIXTURE_EVENTS,
    outDir: join(out, 'reports'),
    claimsDir: join(out, 'claims'),
    formats: ['json'],
    jobs,
    failOn: [],
    minPairsPerWorker: 1,
  };
  const script = `const { runBatch } = await import(${JSON.stringify(run)});
const { summary } = await runBatch(${JSON.stringify(options)}, { write: () => {}, live: false });
if (summary.totals.failed > 0) throw new Error(summary.named.map((p) => p.error).join('; '));
const { createRequire } = await import('node:module');
console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-')));`;
  const file = join(out, 'run.mjs');
  writeFileSync(file, script);
  const printed = execFileSync(process.execPath, ['--import', 'tsx', file], {
    encoding: 'utf8',
    env: { ...process.env, [HEAP_SAMPLES_ENV]: heapSamples, [THREAD_CPU_ENV]: threadCpu },
  });
  return printed.trim().split('\n').at(-1) === 'true';
}

describe('the main thread of a batch (issue 13)', () => {
  it('loads no NLP model when workers do the analysis', () => {
    expect(mainThreadLoadsWink(2)).toBe(false);
  }, 120_000);

  it('every worker writes its heap samples when asked (from its own bundle: heap-samples.ts)', () => {
    const dir = tempDir();
    mainThreadLoadsWink(2, dir);
    const peaks = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as HeapPeaks);
    const workers = peaks.filter((p) => !p.main);
    expect(workers).toHaveLength(2);
    // A worker that analysed sources holds the model and lexicons: tens of MB of old space.
    for (const p of workers) expect([p.samples > 0, p.spaces.old_space > 10]).toEqual([true, true]);
  }, 120_000);

  it('every thread marks its own CPU when asked (thread-cpu.ts): the main one its steps, a worker its tasks', () => {
    const dir = tempDir();
    mainThreadLoadsWink(2, undefined, dir);
    const threads = readdirSync(dir).map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as CpuMark),
    );
    const main = threads.filter((marks) => marks[0].main);
    expect(main.map((marks) => marks.map((m) => m.mark))).toEqual([
      ['start', 'planned', 'compared', 'written'],
    ]);
    const workers = threads.filter((marks) => !marks[0].main);
    expect(workers).toHaveLength(2);
    for (const marks of workers) {
      expect(marks[0].mark).toBe('loaded');
      expect(marks.slice(1).every((m) => /^task \d+$/.test(m.mark))).toBe(true);
    }
    // The workers ran the fixtures' events between them (which worker ran which is tinypool's choice).
    expect(workers.flat().some((m) => m.mark.startsWith('task '))).toBe(true);
    // A thread's own CPU is read from /proc: a number on Linux, absent elsewhere.
    const linux = process.platform === 'linux';
    const cpu = threads.flat().map((m) => m.cpuMs);
    expect(cpu.every((ms) => (linux ? typeof ms === 'number' && ms >= 0 : ms === undefined))).toBe(true);
  }, 120_000);

  it('loads it when it analyses the sources itself (so the first check can fail)', () => {
    expect(mainThreadLoadsWink(1)).toBe(true);
  }, 120_000);
});
