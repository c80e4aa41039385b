import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { temporaryOf } from './temporary-names.js';

/**
 * Waits for the stream to drain or fail, then removes both listeners: a listener left behind on
 * every wait piles up (Node warns after ten) over a long batch.
 */
async function drainOrError(out: NodeJS.WritableStream): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: done.signal }),
      once(out, 'error', { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
}

/**
 * Writes a file too large to hold as one string, chunk by chunk, atomically: into a temporary
 * file beside the target, renamed over it only when every chunk is written. A failure (or a
 * thrown error in `chunks`) removes the temporary file and leaves the target as it was.
 */
export async function writeChunksAtomic(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const temporary = temporaryOf(path);
  let failure: unknown;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const out = createWriteStream(temporary);
    out.on('error', (error) => {
      failure ??= error;
    });
    try {
      for await (const chunk of chunks) {
        if (failure) break;
        if (!out.write(chunk)) await drainOrError(out);
      }
    } finally {
      out.end();
      await once(out, 'close').catch(() => undefined);
    }
    if (failure) throw failure;
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof UserError) throw error;
    const reason = reasonOf(error);
    throw new UserError(
      'write-failed',
      `cannot write ${path} (${reason})`,
      'check that the folder is writable',
      path,
    );
  }
}
