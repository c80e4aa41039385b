/**
 * A reader that stops early (`crosscheck compare … --json - | head -c1`, `npm run eval:findings |
 * head`) closes the pipe: stop quietly, as Unix tools do, instead of dying on an unhandled EPIPE
 * with a stack trace. Used by the CLI.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/**
 * For evaluation scripts, whose files (`--dump`, `--sample`) must be whole: once the reader has
 * closed the pipe, further output is dropped and the script runs to its end, instead of exiting
 * with half a dump and status 0.
 */
export function finishDespiteClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stream.write = () => true;
    });
  }
}
