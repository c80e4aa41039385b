import { processIo } from './io.js';
import { main } from './main.js';

// A reader that stops early (`crosscheck compare … --json - | head -c1`) closes the pipe: stop
// quietly, as Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), processIo);
