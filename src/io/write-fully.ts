import { writeSync } from 'node:fs';

/**
 * Writes all of `bytes`, at `at` or (without it) at the file's position: a write on a filling disk
 * may write only part of what it is given, and a caller that ignored the count would record a file
 * cut short as written. A write that writes nothing throws, so the loop cannot spin.
 */
export function writeFully(fd: number, bytes: Uint8Array, at?: number): void {
  let done = 0;
  while (done < bytes.length) {
    const written = writeSync(fd, bytes, done, bytes.length - done, at === undefined ? null : at + done);
    if (written <= 0) throw new Error('nothing written');
    done += written;
  }
}
