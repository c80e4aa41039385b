// Preloaded into bin/crosscheck.js by test/cli/startup-interrupt.test.ts (`node --import`): sends
// the process SIGNAL when the bin reads build/cli/launch.json, the first thing it does before it
// loads the CLI, so a test interrupts the start-up at a known point instead of after a delay.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const read = fs.readFileSync;
let sent = false;
fs.readFileSync = (path, ...rest) => {
  if (!sent && String(path).endsWith('launch.json')) {
    sent = true;
    process.kill(process.pid, process.env.SIGNAL);
  }
  return read(path, ...rest);
};
syncBuiltinESMExports();
