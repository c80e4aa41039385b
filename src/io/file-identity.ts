import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The same file however it is named: its real path when it exists, else its absolute path. What
 * `compare`, `group` and `batch` compare to refuse an output that would overwrite an input.
 */
export function fileIdentity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
