/**
 * What one worker thread holds resident (issue 13), not a timed test. Starts a worker from the
 * precompiled bundle with the batch pool's young generation and V8 flags (pool.ts), and prints its
 * memory at four points: bare (before the bundle is imported), loaded (the bundle imported), after
 * its first event and after N pairs, each after a full collection: the process's rss, external and
 * arrayBuffers, and the worker's own heap (used, total and each space's use). With a snapshot
 * folder it writes the worker's heap snapshots there when loaded, after its first event and after N pairs (summarise it with
 * bench/heap-summary.ts). Reports and claims go to a fresh folder under the OS's temp dir.
 * Usage: node --expose-gc --import tsx bench/resident.ts <sources dir (event folders)> [pairs] [snapshot dir]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { planBatch } from '../src/batch/plan.js';
import { setBatchFlags, WORKER_YOUNG_MB } from '../src/batch/pool.js';
import { eventTasks } from '../src/batch/run-plan.js';
import { workerBuild, workerScript } from '../src/batch/worker-build.js';

const [root, wanted = '200', snapshots = ''] = process.argv.slice(2);
if (!root)
  throw new Error(
    'usage: node --expose-gc --import tsx bench/resident.ts <sources dir> [pairs] [snapshot dir]',
  );
if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc');

const scratch = mkdtempSync(join(tmpdir(), 'resident-'));
const tasks = eventTasks(
  planBatch(root)
    .pairs.slice(0, Number(wanted))
    .map((pair) => ({ ...pair, key: pair.id })),
  { claimsDir: join(scratch, 'claims'), outDir: join(scratch, 'reports'), formats: ['json'], tables: true },
);

// The worker's side, as source text: a worker started from a file would need a loader for TypeScript.
const probe = `
const { parentPort, workerData } = require('node:worker_threads');
const v8 = require('node:v8');
const MB = 1e6;
const mb = (n) => Math.round(n / MB * 10) / 10;
function measure(at) {
  globalThis.gc();
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
  parentPort.postMessage({ at, rss: mb(m.rss), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers),
    heapUsed: mb(h.used_heap_size), heapTotal: mb(h.total_heap_size), spaces });
}
function snapshot(name) {
  if (workerData.snapshots)
    parentPort.postMessage({ snapshot: v8.writeHeapSnapshot(workerData.snapshots + '/worker-' + name + '.heapsnapshot') });
}
(async () => {
  measure('bare');
  const { default: run } = await import(workerData.script);
  measure('loaded');
  snapshot('loaded');
  let pairs = 0;
  for (const [i, task] of workerData.tasks.entries()) {
    await run(task);
    pairs += task.pairs.length;
    if (i === 0) measure('first event (' + pairs + ' pairs)');
    if (i === 0) snapshot('first');
  }
  measure('after ' + pairs + ' pairs');
  snapshot('last');
})();
`;

setBatchFlags();
const script = await workerScript(workerBuild(), '');
const worker = new Worker(probe, {
  eval: true,
  workerData: { script, tasks, snapshots },
  resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
});
worker.on('message', (m) => console.log(JSON.stringify(m)));
await new Promise((done, fail) => worker.on('exit', done).on('error', fail));
console.log(`scratch: ${scratch}`);
