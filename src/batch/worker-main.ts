// The worker threads' entry, bundled into build/worker.mjs (worker-build.ts): tinypool runs a
// module's default export.
import { HEAP_SAMPLES_ENV, sampleHeapInto } from './heap-samples.js';
import { type EventTask, runEventTaskInWorker } from './task.js';

// Off unless a memory benchmark asks (heap-samples.ts: a worker cannot be probed from outside).
const sampleHeap = sampleHeapInto(process.env[HEAP_SAMPLES_ENV]);

/** Runs one event task (task.ts), then samples the heap if a benchmark asked. */
export default function runTask(task: EventTask): ReturnType<typeof runEventTaskInWorker> {
  const result = runEventTaskInWorker(task);
  sampleHeap();
  return result;
}
