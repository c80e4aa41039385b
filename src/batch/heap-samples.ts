// Each thread's heap over a batch, for the memory benchmarks (issue 13), written as it goes
// (thread-probe.ts).
import { appendFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { type ThreadTag, threadFile, threadTag } from './thread-probe.js';

/** The environment variable that names the folder a batch's threads write their heap samples to. */
export const HEAP_SAMPLES_ENV = 'CROSSCHECK_HEAP_SAMPLES';

/** A thread's heap as sampled so far: the peak of each space and of their sum, in MB. */
export interface HeapPeaks extends ThreadTag {
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
  const peaks: HeapPeaks = { ...threadTag(), samples: 0, total: 0, spaces: {} };
  const started = performance.now();
  let last = started;
  const write = () => {
    last = performance.now();
    // Its peaks in `heap-<threadId>.json`, its heap over time in `heap-<threadId>.jsonl`.
    writeFileSync(threadFile(dir, 'heap', 'json'), `${JSON.stringify(sampleHeap(peaks))}\n`);
    if (peaks.samples % seriesEvery === 1)
      appendFileSync(threadFile(dir, 'heap', 'jsonl'), seriesLine(started));
  };
  write();
  setInterval(write, everyMs).unref();
  return () => {
    if (performance.now() - last >= everyMs) write();
  };
}
