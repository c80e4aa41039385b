// Preloaded into the CLI by test/cli/batch-interrupt.test.ts (`node --import`): right after the
// SIGNAL_AFTER_JOURNAL_WRITES-th append to the batch journal, leaves a temporary file as a write in
// flight would (`<file>.<pid>.tmp`) and sends the process SIGNAL (SIGINT or SIGTERM), as Ctrl-C would.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';

const limit = Number(process.env.SIGNAL_AFTER_JOURNAL_WRITES);
const append = fs.appendFileSync;
let writes = 0;

fs.appendFileSync = (path, ...rest) => {
  append(path, ...rest);
  if (String(path).endsWith('.crosscheck-journal.jsonl')) {
    writes += 1;
    if (writes === limit) {
      fs.writeFileSync(join(dirname(String(path)), `in-flight.json.${process.pid}.tmp`), '{"cut');
      process.kill(process.pid, process.env.SIGNAL);
    }
  }
};
syncBuiltinESMExports();
