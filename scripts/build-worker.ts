/**
 * `npm run build:worker` (and `prepare`, which `npm ci` runs): bundles the batch workers' code into
 * build/worker.mjs so that worker threads start without tsx (src/batch/worker-build.ts). A batch
 * rebuilds the bundle itself when a source changed, so running this by hand is never required,
 * and a failure here does not fail the install: workers then start through tsx, as before.
 */
import { buildBundle, workerBuild } from '../src/batch/worker-build.js';

try {
  console.log(`worker bundle: ${await buildBundle(workerBuild())}`);
} catch (error) {
  console.log(
    `worker bundle not built (${(error as Error).message.split('\n')[0]}); workers will start through tsx`,
  );
  // Run by hand (`npm run build:worker`), a failed build is a failure; during `npm ci` it is not.
  if (process.env.npm_lifecycle_event !== 'prepare') process.exitCode = 1;
}
