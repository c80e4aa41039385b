/**
 * How the benchmarks start bench/one-batch.ts: from a bundle built as the CLI's is
 * (src/batch/worker-build.ts, into build/bench/), so that the batch's main thread runs precompiled
 * JavaScript as `crosscheck batch` does from the bin, not through tsx's loader; through tsx only
 * when no bundle can be built.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, freshBundle } from '../src/batch/worker-build.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The node arguments that run one-batch.ts (append its own arguments). */
export async function oneBatchArgs(): Promise<string[]> {
  const entry = join(ROOT, 'bench/one-batch.ts');
  try {
    const build = { root: ROOT, entry, out: join(ROOT, 'build/bench/one-batch.mjs'), split: true };
    const url = freshBundle(build) ?? (await buildBundle(build));
    return [fileURLToPath(url)];
  } catch (error) {
    console.error(
      `one-batch bundle not built (${(error as Error).message.split('\n')[0]}); running through tsx`,
    );
    return ['--import', 'tsx', entry];
  }
}
