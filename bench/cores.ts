/**
 * What two threads can gain on this machine at all (issue 13's `scaling`), not a timed test.
 * Runs two loads in worker threads, first one thread alone, then two at once, and prints wall and
 * CPU (the whole process, so V8's collector threads count):
 * - `spin`: arithmetic with no allocation. Two threads should take the wall of one when the
 *   machine has two free cores.
 * - `alloc`: short-lived objects, strings and maps, as a pair's compare makes them. One thread
 *   alone lets V8's parallel and concurrent collector use the idle core, so its CPU exceeds its
 *   wall; with two threads that core is taken, so the gain is below 2 even with no contention.
 * `ceiling` is 2 divided by the cores one alloc thread keeps busy (CPU / wall): the best `scaling`
 * an allocation-heavy job can show against one thread that borrows the second core for its
 * collector.
 * Usage: npx tsx bench/cores.ts [rounds]   (default 2; about 10 s a round on the project machine)
 */
import { Worker } from 'node:worker_threads';

type Load = 'spin' | 'alloc';

/** One worker's load, as source text so tsx need not compile a second file for the worker. */
const body = `
const { workerData, parentPort } = require('node:worker_threads');
let out = 0;
if (workerData === 'spin') {
  for (let i = 0; i < 1.5e8; i++) out = (out + i * 2654435761) % 1000003;
} else {
  for (let r = 0; r < 30; r++) {
    const counts = new Map();
    for (let i = 0; i < 200000; i++) {
      const key = 'w' + ((i * 7919) % 50000);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const item = { at: i, key, span: [i, i + 1] };
      out += item.span.length;
    }
    out += counts.size;
  }
}
parentPort.postMessage(out);
`;

const runThreads = (load: Load, threads: number) =>
  new Promise<{ wallMs: number; cpuMs: number }>((resolve, reject) => {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    let left = threads;
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(body, { eval: true, workerData: load });
      worker.once('error', reject);
      worker.once('message', () => {
        void worker.terminate();
        left -= 1;
        if (left > 0) return;
        const used = process.cpuUsage(cpu0);
        resolve({ wallMs: performance.now() - wall0, cpuMs: (used.user + used.system) / 1000 });
      });
    }
  });

const rounds = Number(process.argv[2] ?? 2);
const fixed = (n: number) => n.toFixed(2);
for (const load of ['spin', 'alloc'] as const) {
  let oneWall = 0;
  let oneCpu = 0;
  let twoWall = 0;
  let twoCpu = 0;
  for (let r = 0; r < rounds; r++) {
    const one = await runThreads(load, 1);
    const two = await runThreads(load, 2);
    oneWall += one.wallMs;
    oneCpu += one.cpuMs;
    twoWall += two.wallMs;
    twoCpu += two.cpuMs;
    console.log(
      `${load} round ${r + 1}: one thread ${one.wallMs.toFixed(0)} ms wall ${one.cpuMs.toFixed(0)} ms CPU; ` +
        `two threads ${two.wallMs.toFixed(0)} ms wall ${two.cpuMs.toFixed(0)} ms CPU`,
    );
  }
  // Two threads do twice the work, so throughput gain = 2 × one's wall / two's wall.
  const scaling = (2 * oneWall) / twoWall;
  const coresOfOne = oneCpu / oneWall;
  console.log(
    `${load}: scaling=${fixed(scaling)} cores_busy_one_thread=${fixed(coresOfOne)} ceiling=${fixed(2 / coresOfOne)} ` +
      `cpu_two_over_one=${fixed(twoCpu / (2 * oneCpu))}`,
  );
}
