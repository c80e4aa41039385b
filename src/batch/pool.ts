import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import Tinypool from 'tinypool';
import { UserError } from '../errors.js';
import { signalsDelivered } from '../io/signals-delivered.js';
import { errorEntry, errorLine } from './entry.js';
import type { EventResult, EventTask, WriteFailure } from './task.js';
import { workerBuild, workerScript } from './worker-build.js';

/** The worker's entry through tsx, used only when no precompiled bundle can be built (worker-build.ts). */
const TSX_WORKER = new URL('./worker-entry.mjs', import.meta.url).href;

/**
 * Pairs a worker thread must have ahead of it to pay for starting. A worker spent ~2 s of CPU
 * before its first pair was as fast as this thread's (tsx's loader, the schemas compiled, the wink
 * model and lexicons loaded, its own JIT warm-up): measured as the CPU of `--jobs 2` minus
 * `--jobs 1` over the 200 dev pairs, about what 75 pairs cost (README, speed). Workers now start
 * from a precompiled bundle (worker-build.ts), ~0.7 s of CPU less; the threshold was not measured again.
 */
export const MIN_PAIRS_PER_WORKER = 75;

/** Tasks handed to each worker at once, so it starts the next without waiting for this thread. */
const DEPTH = 2;

/**
 * The default `--jobs`: one core less than there are, at least one. Past one job the workers do
 * all the analysis (workerCount), and the core left over runs this thread and V8's collector and
 * compiler threads, which took as much CPU as the JavaScript (speed log, cpu6). On 2 cores that is
 * one thread: two analysing threads held 280–305 MB against 180–189 MB and took ~15 % more CPU,
 * for wall times that overlapped on the loaded machine (1,000 pairs, 4 alternating rounds; speed
 * log, eighth pass). On more cores it was not measured.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * How many worker threads to start: none (this thread runs every task) for one job or a small
 * batch, else up to `jobs`, one per `minPairs` pairs and at most one per task. When workers run,
 * they do all the analysis and this thread only hands out tasks, collects and writes, so it never
 * loads the NLP model, lexicons or alignment model (issue 13; speed log, eighth pass).
 */
export function workerCount(tasks: EventTask[], jobs: number, minPairs = MIN_PAIRS_PER_WORKER): number {
  const pairs = tasks.reduce((n, t) => n + t.pairs.length, 0);
  const threads = Math.min(jobs, tasks.length, Math.floor(pairs / minPairs));
  return threads >= 2 ? threads : 0;
}

/**
 * V8 grows a heap by up to 4× after each full collection, so a batch, which makes much short-lived
 * garbage, held 310 MB of RSS on one thread for a live set that fits in 128 MB. Growing by 1.5×
 * instead cut peak RSS by a quarter to a third at no measurable CPU cost (README, speed). The flag
 * is process-wide and read at each collection, so setting it here covers every thread.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * A worker's young generation (V8's nursery, where short-lived objects are made) in MB. By default
 * each thread's new space grows to 32 MB (two 16 MB semi-spaces); a 24 MB young generation holds
 * it to 16 MB (measured with v8.getHeapSpaceStatistics in a worker). That cut a two-thread batch's
 * peak RSS by ~35 MB (501 pairs: 343, 343 → 309, 307 MB) with no CPU difference the shared machine
 * could show (README, speed). Only a worker can be given one: the main thread's is set when node starts.
 */
export const WORKER_YOUNG_MB = 24;

/**
 * V8 sends a function of at most this many bytes of bytecode to its optimising compiler on the
 * first profiler tick (`--max-bytecode-size-for-early-opt`, 81 in Node 20); 0 leaves every function
 * to the usual hotness budget. The rules make small closures per call (`(t) => t.start >= from`), and
 * V8 holds a closure's optimised code only weakly once that closure is gone, so after each full
 * collection every such closure was compiled again on its first tick: ~57 % of the ~4,000
 * optimisations of a 500-pair thread (`--trace-opt --trace-gc`), on V8's background threads, which
 * used as much CPU as the JavaScript thread. With 0: 8–9 % less process CPU at `--jobs 2` (speed log,
 * cpu6). A tiering flag, read at each tick, so it can be set at run time (unlike GC threading flags).
 */
const EARLY_OPT_BYTES = 0;

/**
 * How much bytecode a function runs between V8's profiler ticks (`--interrupt-budget`, 67,584 in
 * Node 20), so how soon it is sent to TurboFan, and sent again after each full collection (above).
 * Four times the default leaves lukewarm functions in the interpreter: 501 pairs at `--jobs 2`,
 * alternating, 2 rounds (load 13–18): 24.2 / 23.0 s of CPU by default, 21.4 / 20.2 s at 2×,
 * 18.9 / 18.7 s at 4×, peak RSS unchanged (speed log, cpu6). Sixteen times: 501 pairs at
 * `--jobs 2`, alternating, 2 rounds (load 14–21): 22.1 / 22.1 s at 4×, 19.3 / 20.0 s at 16×,
 * 19.1 / 20.0 s at 32×, peak RSS 262–279 MB in every arm (speed log, cpu8).
 */
const INTERRUPT_BUDGET = 16 * 67_584;

/** Sets the process-wide V8 flags a batch runs under (above); bench/resident.ts sets them too. */
export function setBatchFlags(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--max-bytecode-size-for-early-opt=${EARLY_OPT_BYTES}`);
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** A task whose worker died (out of memory, a crash): each of its pairs becomes an error entry. */
function failedTask(task: EventTask, error: unknown): EventResult {
  const line = `worker failed: ${errorLine(error)}`;
  return {
    event: task.event,
    pairs: task.pairs.map((p) => ({ entry: errorEntry(p, p.key, line), ms: 0 })),
    sourceMs: [],
  };
}

/** Runs tasks from the queue in this thread, yielding between them so worker results get through. */
async function runHere(queue: EventTask[], onResult: (result: EventResult) => void): Promise<void> {
  // Loaded only here: a thread that analyses nothing never loads the NLP model (~100 MB of RSS).
  const { runEventTask } = await import('./task.js');
  for (let task = queue.shift(); task; task = queue.shift()) {
    onResult(runEventTask(task));
    // Else the next task would run before the CLI's interrupt line.
    await signalsDelivered();
  }
}

/** Feeds one worker slot from the queue until it is empty; a write error in the worker is thrown here. */
async function runThere(pool: Tinypool, queue: EventTask[], onResult: (result: EventResult) => void) {
  for (let task = queue.shift(); task; task = queue.shift()) {
    const current = task;
    const result = await (pool.run(current) as Promise<EventResult | WriteFailure>).catch((e: unknown) =>
      failedTask(current, e),
    );
    if ('writeError' in result) {
      const { code, message, fix, path } = result.writeError;
      throw new UserError(code, message, fix, path);
    }
    onResult(result);
  }
}

/**
 * Runs every thread's loop to its end. The first error (a write error: the disk is full or the
 * folder unusable) empties the queue, so no thread starts another task, and is thrown once the
 * tasks already running have finished and journaled their pairs: terminating a worker mid-write
 * could leave a temporary file behind, and a finished pair need not run again on `--resume`.
 */
async function runAll(queue: EventTask[], loops: Promise<void>[]): Promise<void> {
  const errors: unknown[] = [];
  await Promise.all(
    loops.map((loop) =>
      loop.catch((error: unknown) => {
        errors.push(error);
        queue.length = 0;
      }),
    ),
  );
  if (errors.length > 0) throw errors[0];
}

/**
 * Runs event tasks on `jobs` threads: this one alone, or up to `jobs` tinypool workers (workerCount),
 * each taking the next task (largest first) as it frees up, so every source is analysed once, by
 * whichever thread runs its event. Calls `onResult` as each task finishes; results arrive in any order and
 * callers sort them. Takes the tasks from `tasks`, which is empty when it returns. `minPairs` is MIN_PAIRS_PER_WORKER but in tests, which force workers on a few pairs.
 */
export async function runTasks(
  tasks: EventTask[],
  jobs: number,
  onResult: (result: EventResult) => void,
  minPairs = MIN_PAIRS_PER_WORKER,
): Promise<void> {
  setBatchFlags();
  // Largest events first, so no long event starts last and leaves the other threads idle. Sorted
  // in place and emptied as it runs: a task, and its pairs, are garbage once it has run (issue 13).
  const queue = tasks.sort((x, y) => y.pairs.length - x.pairs.length);
  const workers = workerCount(tasks, jobs, minPairs);
  if (workers === 0) return runHere(queue, onResult);
  const pool = new Tinypool({
    filename: await workerScript(workerBuild(), TSX_WORKER),
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: DEPTH,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  try {
    const slots = Array.from({ length: workers * DEPTH }, () => runThere(pool, queue, onResult));
    await runAll(queue, slots);
  } finally {
    await pool.destroy();
  }
}
