/**
 * `node --expose-gc --import tsx bench/heap-growth.ts <dir> [snapshot-every-s] [jobs]`: runs
 * `<dir>/sources` into `<dir>/reports` (jobs 1 unless given) and prints this thread's live heap
 * after a full collection, and the process's RSS, every 10 s, so growth with the number of pairs
 * shows; a snapshot interval above 0 writes heap snapshots of this thread into `<dir>`. Nothing
 * it writes is committed.
 */
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { ProgressOutput } from '../src/batch/progress.js';
import { runBatch } from '../src/batch/run.js';
import { benchBatch } from './batch-options.js';

const [dir, snapEvery = '0', jobs = '1'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
let done = 0;
const silent: ProgressOutput = {
  write: () => {
    done += 1;
  },
  live: false,
};
const started = performance.now();
let snaps = 0;
const timer = setInterval(() => {
  gc();
  const s = ((performance.now() - started) / 1000).toFixed(0);
  const m = process.memoryUsage();
  console.log(
    `t=${s}s events~${done} heapUsed=${(m.heapUsed / 1e6).toFixed(0)}MB rss=${(m.rss / 1e6).toFixed(0)}MB`,
  );
  if (Number(snapEvery) > 0 && Number(s) >= (snaps + 1) * Number(snapEvery)) {
    snaps += 1;
    console.log(`snapshot ${writeHeapSnapshot(join(dir, `heap-${snaps}.heapsnapshot`))}`);
  }
}, 10_000);
const outcome = await runBatch(benchBatch(dir, Number(jobs)), silent);
clearInterval(timer);
gc();
console.log(
  `end: ${outcome.compared} pairs, heapUsed=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}MB maxRSS=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}MB`,
);
