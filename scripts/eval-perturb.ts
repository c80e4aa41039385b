// Prints the perturbation harness's figures (issue 5): recall per edit type and false findings.
// Usage: npm run --silent eval:perturb -- <corpus dir> [limit]   (the first `limit`, default 40, .txt files under the folder)

import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { formatHarness, loadArticles, runHarness } from '../test/perturbation/harness.js';
import { dataPath } from './data-path.js';

finishDespiteClosedPipe();

const root = dataPath(process.argv[2], undefined, 'npm run --silent eval:perturb -- <corpus dir> [limit]');
const limit = Number(process.argv[3] ?? 40);
console.log(formatHarness(runHarness(loadArticles(root, limit))));
