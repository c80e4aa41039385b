import { renameSync, rmSync, statSync } from 'node:fs';
import { temporaryOf } from './temporary-names.js';

/**
 * Moves each written temporary file over its target, all or none (review of tidy10, item 2):
 * a target that is a folder fails before anything moves; each old target is first moved aside,
 * under a temporary name of its own, and when a later rename fails every target is put back as
 * it was. `failing.path` names the file each step is about, so the error can name it. The renames
 * are synchronous, so a signal waits until they are done; only a hard kill between them can leave
 * a mix, with old files kept as `<target>.old.<pid>.tmp` (not swept: they are not temporaries of a
 * target). A batch writes summary.json after its tables, so a run started again rewrites them.
 */
export function replaceAll(
  temporaries: readonly string[],
  paths: readonly string[],
  failing: { path: string },
): void {
  for (const path of paths) {
    failing.path = path;
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  }
  const asides = paths.map((path) => temporaryOf(`${path}.old`));
  const moved: boolean[] = [];
  const placed: boolean[] = [];
  try {
    for (const [i, path] of paths.entries()) {
      failing.path = path;
      moved[i] = moveIfThere(path, asides[i]);
      renameSync(temporaries[i], path);
      placed[i] = true;
    }
  } catch (error) {
    for (const [i, path] of paths.entries()) putBack(path, asides[i], moved[i], placed[i]);
    throw error;
  }
  for (const [i, aside] of asides.entries()) if (moved[i]) rmSync(aside, { force: true });
}

/** Renames `path` to `aside`; false when there was no `path` (a first run). */
function moveIfThere(path: string, aside: string): boolean {
  try {
    renameSync(path, aside);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Restores one target: its old file back in place, or no file where there was none. */
function putBack(path: string, aside: string, moved = false, placed = false): void {
  try {
    if (moved) renameSync(aside, path);
    else if (placed) rmSync(path, { force: true });
  } catch {
    // The error that started the rollback is the one to report; the old file stays at `aside`.
  }
}
