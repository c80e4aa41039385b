import { mkdirSync, type Stats, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reasonOf, UserError } from '../errors.js';

/** The stat of a path, or undefined when it or (ENOTDIR) one of its parents is missing. */
export function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Makes sure `path` is a folder we can create files in, creating it and its missing parents one
 * level at a time. Node's `mkdirSync(…, { recursive: true })` spins forever under `/proc`
 * (issue 12, row 4), and a file where a folder should be must be the user's error, not ours.
 */
export function ensureDir(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    const stat = statOrNothing(at);
    if (stat?.isDirectory()) break;
    if (stat) {
      throw new UserError(
        'bad-out',
        `cannot use ${path} as a folder: ${at} is a file`,
        'name a folder (or a new path) instead',
        path,
      );
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new UserError(
        'bad-out',
        `cannot create the folder ${dir} (${reasonOf(error)})`,
        'name a writable folder',
        path,
      );
    }
  }
}
