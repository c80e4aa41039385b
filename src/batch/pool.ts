import Tinypool from 'tinypool';
import { errorEntry, errorLine } from './entry.js';
import type { EventResult, EventTask } from './task.js';

const WORKER = new URL('./worker-entry.mjs', import.meta.url).href;

/** A task whose worker died (out of memory, a crash): each of its pairs becomes an error entry. */
function failedTask(task: EventTask, error: unknown): EventResult {
  const line = `worker failed: ${errorLine(error)}`;
  return {
    event: task.event,
    pairs: task.pairs.map((p) => ({ entry: errorEntry(p, p.key, line), ms: 0 })),
    sourceMs: [],
  };
}

/**
 * Runs event tasks on `jobs` worker threads (tinypool), or in this thread when jobs is 1,
 * calling `onResult` as each finishes. Results arrive in any order; callers sort them.
 */
export async function runTasks(
  tasks: EventTask[],
  jobs: number,
  onResult: (result: EventResult) => void,
): Promise<void> {
  if (jobs <= 1 || tasks.length <= 1) {
    // Loaded only here: with workers, this thread never loads the NLP model (~100 MB of RSS).
    const { runEventTask } = await import('./task.js');
    for (const task of tasks) {
      onResult(runEventTask(task));
      // Let progress output flush between events.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const threads = Math.min(jobs, tasks.length);
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  try {
    await Promise.all(
      tasks.map((task) =>
        (pool.run(task) as Promise<EventResult>).then(onResult, (error) => onResult(failedTask(task, error))),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
