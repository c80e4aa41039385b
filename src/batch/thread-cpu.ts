// Each thread's CPU over a batch, for the worker benchmarks (issue 13), written as it goes
// (thread-probe.ts). process.cpuUsage() sums every thread of the process (V8's compiler and
// collector threads too), so a thread reads its own line of /proc instead: Linux only, elsewhere
// `cpuMs` is absent.
import { appendFileSync, readFileSync } from 'node:fs';
import { type ThreadTag, threadFile, threadTag } from './thread-probe.js';

/** The environment variable that names the folder a batch's threads write their CPU marks to. */
export const THREAD_CPU_ENV = 'CROSSCHECK_THREAD_CPU';

/** One line of `thread-<threadId>.jsonl`: this thread's CPU so far at a named point, and the seconds since marking was set up. */
export interface CpuMark extends ThreadTag {
  mark: string;
  /** User + system CPU of this thread alone, ms (clock ticks of 10 ms); absent off Linux. */
  cpuMs?: number;
  s: number;
}

/** This thread's user + system CPU in ms, from /proc/thread-self/stat (fields 14 and 15, in ticks). */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When `dir` is given, a function that appends a CpuMark to `thread-<threadId>.jsonl` in it; without
 * `dir`, one that does nothing.
 */
export function threadCpuMarks(dir: string | undefined): (mark: string) => void {
  if (!dir) return () => {};
  const file = threadFile(dir, 'thread', 'jsonl');
  const started = performance.now();
  return (mark) => {
    const s = Math.round(performance.now() - started) / 1000;
    const line: CpuMark = { ...threadTag(), mark, cpuMs: threadCpuMs(), s };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
}
