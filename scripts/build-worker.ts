/**
 * `npm run build:worker` (and `prepare`, which `npm ci` runs): bundles the batch workers' code into
 * build/worker.mjs so that worker threads start without tsx (src/batch/worker-build.ts). A batch
 * rebuilds the bundle itself when a source changed, so running this by hand is never required.
 */
import { buildBundle, workerBuild } from '../src/batch/worker-build.js';

const build = workerBuild();
console.log(`worker bundle: ${await buildBundle(build)}`);
