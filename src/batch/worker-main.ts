// The worker threads' entry, bundled into build/worker.mjs (worker-build.ts): tinypool runs a
// module's default export.
export { runEventTaskInWorker as default } from './task.js';
