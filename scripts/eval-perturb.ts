// Prints the perturbation harness's figures (issue 5): recall per edit type and false findings.
// Usage: npm run --silent eval:perturb -- <corpus dir> [limit] [from]   (`limit`, default 40, .txt files under the folder, from the `from`-th, default 0)

import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { formatHarness, loadArticles, runHarness } from '../test/perturbation/harness.js';
import { dataPath } from './data-path.js';

finishDespiteClosedPipe();

const root = dataPath(
  process.argv[2],
  undefined,
  'npm run --silent eval:perturb -- <corpus dir> [limit] [from]',
);
const limit = Number(process.argv[3] ?? 40);
// Articles before `from` are skipped: a run on files the default 40 leave out checks that a fix generalises.
const from = Number(process.argv[4] ?? 0);
console.log(formatHarness(runHarness(loadArticles(root, limit, from))));
