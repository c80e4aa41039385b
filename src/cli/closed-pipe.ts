/**
 * A reader that stops early (`crosscheck compare … --json - | head -c1`, `npm run eval:findings |
 * head`) closes the pipe: stop quietly, as Unix tools do, instead of dying on an unhandled EPIPE
 * with a stack trace. Used by the CLI and the evaluation scripts.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}
