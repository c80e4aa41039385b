/**
 * `npm run build:worker` (and `prepare`, which `npm ci` runs): bundles the batch workers' code into
 * build/worker.mjs so that worker threads start without tsx, and the CLI into build/cli/ so that
 * the bin's main thread does too (src/batch/worker-build.ts). A batch rebuilds the worker bundle
 * itself when a source changed, and the bin runs the sources when its bundle is stale, so running
 * this by hand is never required, and a failure here does not fail the install: both then start
 * through tsx, as before. It also compiles the lexicons into build/lexicons.json (src/batch/lexicon-build.ts),
 * which threads then read instead of parsing the YAML; without it they parse the YAML.
 */

import { compileLexicons } from '../src/batch/lexicon-build.js';
import { buildBundle, cliBuild, workerBuild } from '../src/batch/worker-build.js';

for (const [name, build] of [
  ['worker', workerBuild()],
  ['cli', cliBuild()],
] as const) {
  try {
    console.log(`${name} bundle: ${await buildBundle(build)}`);
  } catch (error) {
    console.log(
      `${name} bundle not built (${(error as Error).message.split('\n')[0]}); it will start through tsx`,
    );
    // Run by hand (`npm run build:worker`), a failed build is a failure; during `npm ci` it is not.
    if (process.env.npm_lifecycle_event !== 'prepare') process.exitCode = 1;
  }
}

try {
  console.log(`lexicons: ${compileLexicons()} files compiled into build/lexicons.json`);
} catch (error) {
  console.log(
    `lexicons not compiled (${(error as Error).message.split('\n')[0]}); they will be parsed from YAML`,
  );
  if (process.env.npm_lifecycle_event !== 'prepare') process.exitCode = 1;
}
