// Preloaded into the CLI by test/cli/spawn-cli.ts (`node --import`): sends the process SIGNAL
// (SIGKILL unless named: SIGINT, SIGTERM) right after its KILL_AFTER_JOURNAL_WRITES-th append to
// the batch journal, so a test stops the batch at a known point instead of polling for it. With
// LEAVE_TEMPORARY set, it first leaves a temporary file as a write in flight would (`<file>.<pid>.tmp`).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';

const limit = Number(process.env.KILL_AFTER_JOURNAL_WRITES);
const signal = process.env.SIGNAL || 'SIGKILL';
const append = fs.appendFileSync;
let writes = 0;

fs.appendFileSync = (path, ...rest) => {
  append(path, ...rest);
  if (String(path).endsWith('.crosscheck-journal.jsonl')) {
    writes += 1;
    if (writes !== limit) return;
    if (process.env.LEAVE_TEMPORARY)
      fs.writeFileSync(join(dirname(String(path)), `in-flight.json.${process.pid}.tmp`), '{"cut');
    process.kill(process.pid, signal);
  }
};
// Named imports of node:fs (`import { appendFileSync }`) see the wrapper too.
syncBuiltinESMExports();

// With SIGNAL_AT_RENAME set, the signal is sent instead when the first temporary file is renamed
// into place (`compare` writing several outputs), so a test interrupts a write set half done.
const rename = fs.renameSync;
let renamed = false;
fs.renameSync = (from, ...rest) => {
  if (process.env.SIGNAL_AT_RENAME && !renamed && String(from).endsWith('.tmp')) {
    renamed = true;
    process.kill(process.pid, signal);
  }
  return rename(from, ...rest);
};
syncBuiltinESMExports();
