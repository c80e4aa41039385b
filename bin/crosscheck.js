#!/usr/bin/env node
// The package's `crosscheck` bin: the precompiled CLI (build/cli/launch.mjs, built at `npm ci`)
// when it is there whole, which itself falls back to the sources when one changed since; else
// tsx's loader and the TypeScript CLI as is.
import { existsSync, readFileSync } from 'node:fs';

// Loading the CLI takes a second or more: a Ctrl-C or SIGTERM then stops it with one line and
// 130/143, not in silence (review-ux item 8). A command that holds the signal itself (compare,
// batch) adds its own handler, and this one then stands aside.
const STOP_EXIT = { SIGINT: 130, SIGTERM: 143 };
function stopWhileNoCommandHolds(signal) {
  if (process.listenerCount(signal) > 1) return;
  process.stderr.write('crosscheck: interrupted\n');
  process.exit(STOP_EXIT[signal]);
}
for (const signal of Object.keys(STOP_EXIT)) process.on(signal, stopWhileNoCommandHolds);

const bundle = new URL('../build/cli/launch.mjs', import.meta.url);

/** Whether the bundle and every chunk its manifest lists exist: an entry whose chunk is missing would fail to load. */
function whole() {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../build/cli/launch.json', import.meta.url), 'utf8'));
    return [bundle, ...(manifest.outputs ?? []).map((name) => new URL(name, bundle))].every((file) =>
      existsSync(file),
    );
  } catch {
    return false;
  }
}

if (whole()) await import(bundle.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}
