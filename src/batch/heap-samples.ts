// Each thread's heap over a batch, for the memory benchmarks (issue 13): off unless the
// environment names a folder. A worker cannot be sampled from outside: `node --import` preloads
// nothing into a worker thread on Node 20, and tinypool ends its workers with `terminate()`, which
// runs no `exit` handler, so a probe that reported at exit printed nothing from a worker (speed
// log, seventh pass). So the sampler lives in the code every thread runs and writes as it goes.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

/** The environment variable that names the folder a batch's threads write their heap samples to. */
export const HEAP_SAMPLES_ENV = 'CROSSCHECK_HEAP_SAMPLES';

/** A thread's heap as sampled so far: the peak of each space and of their sum, in MB. */
export interface HeapPeaks {
  thread: number;
  main: boolean;
  samples: number;
  /** The largest sum of the spaces' sizes seen in one sample. */
  total: number;
  /** Each space's largest size (`new_space`, `old_space`, `code_space`, `large_object_space`…). */
  spaces: Record<string, number>;
}

const MB = 1e6;
const round = (mb: number) => Math.round(mb * 10) / 10;

/** Adds one sample of this thread's heap spaces to `peaks` (sizes as V8 reserved them). */
function sampleHeap(peaks: HeapPeaks): HeapPeaks {
  let total = 0;
  for (const space of getHeapSpaceStatistics()) {
    const mb = space.space_size / MB;
    total += mb;
    peaks.spaces[space.space_name] = round(Math.max(peaks.spaces[space.space_name] ?? 0, mb));
  }
  peaks.total = round(Math.max(peaks.total, total));
  peaks.samples += 1;
  return peaks;
}

/** Where a thread writes its peaks: `heap-<threadId>.json` in the folder. */
const heapSamplesFile = (dir: string, thread = threadId) => join(dir, `heap-${thread}.json`);

/** Where a thread appends its heap over time, one JSON line a sample: `heap-<threadId>.jsonl`. */
const heapSeriesFile = (dir: string, thread = threadId) => join(dir, `heap-${thread}.jsonl`);

/** One line of the series: seconds since sampling began, the heap in use and the old space's part, MB. */
function seriesLine(started: number): string {
  const old = getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
  const used = getHeapStatistics().used_heap_size;
  const s = Math.round((performance.now() - started) / 100) / 10;
  return `${JSON.stringify({ s, used: round(used / MB), old: round((old?.space_used_size ?? 0) / MB) })}\n`;
}

/**
 * When `dir` is given, samples this thread's heap every `everyMs`, rewrites its peaks file after
 * each sample (a terminated worker leaves its last one) and appends to its series every
 * `seriesEvery` samples. The timer does not keep a thread alive. Returns a function that samples
 * when `everyMs` has passed since the last sample: a worker calls it after each task, because its
 * timers starve while tinypool hands it the next task without yielding to the event loop.
 */
export function sampleHeapInto(dir: string | undefined, everyMs = 500, seriesEvery = 10): () => void {
  if (!dir) return () => {};
  const peaks: HeapPeaks = { thread: threadId, main: isMainThread, samples: 0, total: 0, spaces: {} };
  const started = performance.now();
  let last = started;
  const write = () => {
    last = performance.now();
    writeFileSync(heapSamplesFile(dir), `${JSON.stringify(sampleHeap(peaks))}\n`);
    if (peaks.samples % seriesEvery === 1) appendFileSync(heapSeriesFile(dir), seriesLine(started));
  };
  write();
  setInterval(write, everyMs).unref();
  return () => {
    if (performance.now() - last >= everyMs) write();
  };
}
