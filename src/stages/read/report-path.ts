import { basename, dirname, resolve } from 'node:path';

/**
 * The path a report or claims file records for a source: `<event folder>/<file name>`, the path
 * relative to the folder of event folders that `batch` reads. Never the path as typed, which
 * depends on the working directory: `batch p1` and `batch /abs/p1` write the same bytes, and
 * `compare p1/ev/a.txt p1/ev/b.txt` records what `batch p1` records (user trial 6, item 8).
 */
export function reportPath(path: string): string {
  return `${basename(dirname(resolve(path)))}/${basename(path)}`;
}
