// Preloaded into the CLI by test/cli/batch-resume.test.ts (`node --import`): SIGKILLs the process
// right after its KILL_AFTER_JOURNAL_WRITES-th append to the batch journal, so the test kills the
// batch at a known point instead of polling for it.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const limit = Number(process.env.KILL_AFTER_JOURNAL_WRITES);
const append = fs.appendFileSync;
let writes = 0;

fs.appendFileSync = (path, ...rest) => {
  append(path, ...rest);
  if (String(path).endsWith('.crosscheck-journal.jsonl')) {
    writes += 1;
    if (writes === limit) process.kill(process.pid, 'SIGKILL');
  }
};
// Named imports of node:fs (`import { appendFileSync }`) see the wrapper too.
syncBuiltinESMExports();
