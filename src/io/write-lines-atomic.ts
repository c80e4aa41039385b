import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { readFailed, reasonOf, UserError } from '../errors.js';
import { replaceAll } from './replace-all.js';
import { temporaryOf } from './temporary-names.js';
import { removeQuietly } from './write-atomic.js';

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
  await writeFilesAtomic([path], wrapEach(chunks));
}

async function* wrapEach(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  for await (const chunk of chunks) yield [chunk];
}

/** An error thrown by the content being written, not by the writing: rethrown as it is. */
class ContentError {
  constructor(readonly error: unknown) {}
}

async function* tagErrors<T>(chunks: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  try {
    for await (const item of chunks) yield item;
  } catch (error) {
    throw new ContentError(error);
  }
}

/**
 * An error of the content as the user should see it: a file it could not read (an error of the
 * file system, which names its path) as a `read-failed` naming that file; anything else as it is.
 */
function readError(error: unknown): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (error instanceof UserError || typeof code !== 'string' || typeof path !== 'string') return error;
  return readFailed(path, code);
}

/**
 * Writes several files from one pass over their content: each item of `chunks` holds one piece
 * per path, in order ('' writes nothing). Each file goes to a temporary file beside its target;
 * only when every piece of every file is written do they replace their targets, all or none
 * (replace-all.ts). A failure removes every temporary file and leaves every target as it was;
 * a write failure is a `write-failed` error naming the file that failed, while an error thrown
 * by `chunks` is no fault of the folder: a file it could not read is a `read-failed` naming that
 * file, any other error (a user error of its own, a bug) is rethrown as it is.
 */
export async function writeFilesAtomic(
  paths: readonly string[],
  chunks: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
): Promise<void> {
  const temporaries = paths.map(temporaryOf);
  const failed = { error: undefined as unknown, path: paths[0] };
  try {
    for (const path of paths) mkdirSync(dirname(path), { recursive: true });
    const outs = temporaries.map((temporary, i) =>
      createWriteStream(temporary).on('error', (error) => {
        if (failed.error === undefined) Object.assign(failed, { error, path: paths[i] });
      }),
    );
    try {
      await writeEach(outs, tagErrors(chunks), failed);
    } finally {
      for (const out of outs) out.end();
      await Promise.all(outs.map((out) => once(out, 'close').catch(() => undefined)));
    }
    if (failed.error !== undefined) throw failed.error;
    replaceAll(temporaries, paths, failed);
  } catch (error) {
    for (const temporary of temporaries) removeQuietly(temporary);
    if (error instanceof ContentError) throw readError(error.error);
    if (error instanceof UserError) throw error;
    throw new UserError(
      'write-failed',
      `cannot write ${failed.path} (${reasonOf(error)})`,
      'check that the folder is writable',
      failed.path,
    );
  }
}

/** Writes each item's pieces to their streams, waiting where one is full; stops at a stream's error. */
async function writeEach(
  outs: NodeJS.WritableStream[],
  chunks: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  failed: { error: unknown },
): Promise<void> {
  for await (const pieces of chunks) {
    if (failed.error !== undefined) return;
    for (const [i, piece] of pieces.entries())
      if (piece !== '' && !outs[i].write(piece)) await drainOrError(outs[i]);
  }
}
