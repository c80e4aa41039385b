/**
 * One cold batch in its own process, for `bench/run.ts`: `tsx bench/one-batch.ts <dir> <jobs>`
 * runs `<dir>/sources` into `<dir>/reports` and prints one JSON line of timings, so every run
 * pays its own start-up (module load, model load, JIT warm-up) as a user's run does.
 */
import { HEAP_SAMPLES_ENV, sampleHeapInto } from '../src/batch/heap-samples.js';
import type { ProgressOutput } from '../src/batch/progress.js';
import { runBatch } from '../src/batch/run.js';
import { benchBatch } from './batch-options.js';

const [dir, jobs] = process.argv.slice(2);
// With CROSSCHECK_HEAP_SAMPLES=<folder>, every thread writes its heap's peaks there (the workers
// from their own bundle: heap-samples.ts).
sampleHeapInto(process.env[HEAP_SAMPLES_ENV]);
const silent: ProgressOutput = { write: () => {}, live: false };
const started = performance.now();
const outcome = await runBatch(benchBatch(dir, Number(jobs)), silent);
const wallMs = performance.now() - started;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    wallMs,
    // Whole process, every thread, start-up included.
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    rssMb: usage.maxRSS / 1024,
    failed: outcome.summary.totals.failed,
    pairMs: outcome.pairMs,
    sourceMs: outcome.sourceMs,
  }),
);
