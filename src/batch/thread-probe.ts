// What the batch's per-thread probes (heap-samples.ts, thread-cpu.ts; issue 13) share. Each is off
// unless an environment variable names a folder. A worker cannot be probed from outside: `node
// --import` preloads nothing into a worker thread on Node 20, and tinypool ends its workers with
// `terminate()`, which runs no `exit` handler, so a probe that reported at exit printed nothing from
// a worker (speed log, seventh pass). So a probe lives in the code every thread runs and writes as
// it goes, each thread to its own file.
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';

/** Which thread a probe's record comes from. */
export interface ThreadTag {
  thread: number;
  main: boolean;
}

/** This thread's tag. */
export const threadTag = (): ThreadTag => ({ thread: threadId, main: isMainThread });

/** Where this thread writes a probe's record in `dir`: `<stem>-<threadId>.<ext>`. */
export const threadFile = (dir: string, stem: string, ext: string): string =>
  join(dir, `${stem}-${threadId}.${ext}`);
