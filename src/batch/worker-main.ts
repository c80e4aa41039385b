// The worker threads' entry, bundled into build/worker.mjs (worker-build.ts): tinypool runs a
// module's default export.
import { HEAP_SAMPLES_ENV, sampleHeapInto } from './heap-samples.js';

// Off unless a memory benchmark asks (heap-samples.ts: a worker cannot be probed from outside).
sampleHeapInto(process.env[HEAP_SAMPLES_ENV]);

export { runEventTaskInWorker as default } from './task.js';
