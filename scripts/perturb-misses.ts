// Lists the perturbation harness's misses (issue 5): for each edit the tool did not report, the
// article, the edit, and the non-agreement findings the tool reported instead, so each miss can be
// sorted into "the harness should not expect it" or "the tool misses a real edit".
// Usage: npx tsx scripts/perturb-misses.ts <corpus dir> [limit] [from]

import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { loadArticles, runHarness } from '../test/perturbation/harness.js';
import { countArg } from './count-arg.js';
import { dataPath } from './data-path.js';

finishDespiteClosedPipe();

const USAGE = 'npx tsx scripts/perturb-misses.ts <corpus dir> [limit] [from]';
const root = dataPath(process.argv[2], undefined, USAGE);
const limit = countArg(process.argv[3], 40, 'limit', USAGE);
// Articles before `from` are skipped: a run on files the default 40 leave out checks that a fix generalises.
const from = countArg(process.argv[4], 0, 'from', USAGE);
const result = runHarness(loadArticles(root, limit, from));
for (const miss of result.misses) console.log(miss);
