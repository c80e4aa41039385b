// The worker threads' entry, bundled into build/worker.mjs (worker-build.ts): tinypool runs a
// module's default export.
import { HEAP_SAMPLES_ENV, sampleHeapInto } from './heap-samples.js';
import { type EventTask, runEventTaskInWorker } from './task.js';
import { THREAD_CPU_ENV, threadCpuMarks } from './thread-cpu.js';

// Off unless a memory benchmark asks (heap-samples.ts: a worker cannot be probed from outside).
const sampleHeap = sampleHeapInto(process.env[HEAP_SAMPLES_ENV]);
// Off unless a benchmark asks: this worker's CPU once its code is loaded and after each task (thread-cpu.ts).
const markCpu = threadCpuMarks(process.env[THREAD_CPU_ENV]);
markCpu('loaded');

/** Runs one event task (task.ts), then samples the heap and marks the CPU if a benchmark asked. */
export default function runTask(task: EventTask): ReturnType<typeof runEventTaskInWorker> {
  const result = runEventTaskInWorker(task);
  sampleHeap();
  markCpu(`task ${task.pairs.length}`);
  return result;
}
