/**
 * `node --expose-gc --import tsx bench/heap-growth.ts <dir> [snapshot-every-s]`: runs
 * `<dir>/sources` into `<dir>/reports` on this thread alone (jobs 1) and prints the live heap
 * after a full collection every 10 s, so growth with the number of pairs shows; with a second
 * argument, writes a heap snapshot into `<dir>` at that interval. Nothing it writes is committed.
 */
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { ProgressOutput } from '../src/batch/progress.js';
import { runBatch } from '../src/batch/run.js';

const [dir, snapEvery] = process.argv.slice(2);
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
  if (snapEvery && Number(s) >= (snaps + 1) * Number(snapEvery)) {
    snaps += 1;
    console.log(`snapshot ${writeHeapSnapshot(join(dir, `heap-${snaps}.heapsnapshot`))}`);
  }
}, 10_000);
const outcome = await runBatch(
  {
    sourcesDir: join(dir, 'sources'),
    outDir: join(dir, 'reports'),
    claimsDir: join(dir, 'claims'),
    formats: ['json'],
    jobs: 1,
    failOn: [],
  },
  silent,
);
clearInterval(timer);
gc();
console.log(
  `end: ${outcome.compared} pairs, heapUsed=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}MB maxRSS=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}MB`,
);
