// Prints the perturbation harness's figures (issue 5): recall per edit type and false findings.
// Usage: npm run --silent eval:perturb -- <corpus dir> [limit] [from]   (`limit`, default 40, .txt files under the folder, from the `from`-th, default 0)

import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { formatHarness, loadArticles, runHarness } from '../test/perturbation/harness.js';
import { countArg } from './count-arg.js';
import { dataPath } from './data-path.js';

finishDespiteClosedPipe();

const USAGE = 'npm run --silent eval:perturb -- <corpus dir> [limit] [from]';
const root = dataPath(process.argv[2], undefined, USAGE);
const limit = countArg(process.argv[3], 40, 'limit', USAGE);
// Articles before `from` are skipped: a run on files the default 40 leave out checks that a fix generalises.
const from = countArg(process.argv[4], 0, 'from', USAGE);
console.log(formatHarness(runHarness(loadArticles(root, limit, from))));
