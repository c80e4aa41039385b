import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll } from 'vitest';
import type { Io } from '../../src/cli/io.js';

/** An in-memory Io that records what the CLI prints. */
export function memoryIo(env: Record<string, string | undefined> = { CI: 'true' }, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, isTTY };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** The folders `tempDir` made in this test file. */
const made: string[] = [];

// Each test file imports this module afresh (vitest isolates files), so this hook is registered once
// per file and removes the folders its tests made when the file ends: a run leaves nothing in /tmp.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test file that asked for it ends. */
export function tempDir(prefix = 'crosscheck-batch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
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
