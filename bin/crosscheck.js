#!/usr/bin/env node
// The package's `crosscheck` bin: the precompiled CLI (build/cli/launch.mjs, built at `npm ci`)
// when there is one, which itself falls back to the sources when one changed since; else tsx's
// loader and the TypeScript CLI as is.
import { existsSync } from 'node:fs';

const bundle = new URL('../build/cli/launch.mjs', import.meta.url);
if (existsSync(bundle)) await import(bundle.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}
