import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a
 * killed run never leaves half a report and an existing report is never lost. Content may come
 * in chunks (a generator), written as they come.
 */
export function writeAtomic(path: string, content: string | Iterable<string>): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string') writeFileSync(temporary, content);
    else writeChunks(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(
      'write-failed',
      `cannot write ${path} (${reason})`,
      'check that the folder is writable',
      path,
    );
  }
}

/** Writes chunks as they come, in ~1 MB writes, so a large file is never one string in memory. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
