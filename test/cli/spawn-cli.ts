import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The repository root, where the real CLI runs. */
export const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'src/cli/bin.ts');
const KILL_HOOK = join(ROOT, 'test/cli/kill-after-writes.mjs');

/** How a preloaded hook stops the run: after `after` journal writes, with `signal` (default SIGKILL). */
export interface Stop {
  after: number;
  signal?: 'SIGKILL' | 'SIGINT' | 'SIGTERM';
  /** Leave a `<file>.<pid>.tmp` first, as a write cut short would. */
  leaveTemporary?: boolean;
  /** Send the signal at the first rename of a temporary file instead (`after` is then unused). */
  atRename?: boolean;
}

/** Runs the real CLI as a child process and collects its exit, signal and output. */
export function spawnCli(
  args: string[],
  stop?: Stop,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const hook = stop === undefined ? [] : ['--import', KILL_HOOK];
    const child = spawn(process.execPath, ['--import', 'tsx', ...hook, BIN, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        CI: 'true',
        KILL_AFTER_JOURNAL_WRITES: String(stop?.after ?? ''),
        SIGNAL: stop?.signal ?? '',
        LEAVE_TEMPORARY: stop?.leaveTemporary ? '1' : '',
        SIGNAL_AT_RENAME: stop?.atRename ? '1' : '',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
