// The bundled CLI's entry (build/cli/launch.mjs, see cliBuild in batch/worker-build.ts), which
// bin/crosscheck.js runs when it exists. Started through tsx, the main thread loads tsx's loader
// (a thread of its own) and transpiles every module at each run: ~0.7 s of CPU and ~30 MB of RSS
// before any work (README, speed). A bundle built from sources that changed since would run stale
// code, so the sources are checked first and, when one changed, run through tsx as before.
import { cliBuild, freshBundle } from '../batch/worker-build.js';

if (freshBundle(cliBuild())) await import('./bin.js');
else {
  const { register } = await import('tsx/esm/api');
  register();
  // A computed specifier, so that esbuild leaves it out of the bundle: the TypeScript source itself.
  const source = new URL('./bin.ts', import.meta.url).href;
  await import(source);
}
