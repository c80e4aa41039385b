// Each thread's heap over a batch, for the memory benchmarks (issue 13): off unless the
// environment names a folder. A worker cannot be sampled from outside: `node --import` preloads
// nothing into a worker thread on Node 20, and tinypool ends its workers with `terminate()`, which
// runs no `exit` handler, so a probe that reported at exit printed nothing from a worker (speed
// log, seventh pass). So the sampler lives in the code every thread runs and writes as it goes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
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
export function sampleHeap(peaks: HeapPeaks): HeapPeaks {
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
export const heapSamplesFile = (dir: string, thread = threadId) => join(dir, `heap-${thread}.json`);

/**
 * When `dir` is given, samples this thread's heap every `everyMs` and rewrites its peaks file
 * after each sample (a terminated worker leaves its last one). The timer does not keep a thread alive.
 */
export function sampleHeapInto(dir: string | undefined, everyMs = 500): void {
  if (!dir) return;
  const peaks: HeapPeaks = { thread: threadId, main: isMainThread, samples: 0, total: 0, spaces: {} };
  const write = () => writeFileSync(heapSamplesFile(dir), `${JSON.stringify(sampleHeap(peaks))}\n`);
  write();
  setInterval(write, everyMs).unref();
}
