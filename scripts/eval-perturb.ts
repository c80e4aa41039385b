// Prints the perturbation harness's figures (issue 5): recall per edit type and false findings.
// Usage: npm run --silent eval:perturb [-- <limit>]
import { formatHarness, loadArticles, runHarness } from '../test/perturbation/harness.js';

console.log(formatHarness(runHarness(loadArticles('../shared/corpora', Number(process.argv[2] ?? 40)))));
