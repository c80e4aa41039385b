import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Io } from '../../src/cli/io.js';

/** An in-memory Io that records what the CLI prints. */
export function memoryIo(env: Record<string, string | undefined> = { CI: 'true' }, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, isTTY };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'crosscheck-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The small fixture events: two events, five sources, four pairs, one hostile outlet name. */
export const FIXTURE_EVENTS = new URL('./fixtures/events/', import.meta.url).pathname;

/** Copies a folder of events into a temporary folder and returns its path. */
export function copyEvents(from = FIXTURE_EVENTS): string {
  const dir = join(tempDir(), 'sources');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under a folder, by relative path, with its bytes as text. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}
