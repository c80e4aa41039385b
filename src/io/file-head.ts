import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The first bytes of a file as text, without reading the rest: enough to find a mark near its top
 * (a generator line, a CSV header row).
 */
export function headOf(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
