import { rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { statOrNothing } from './ensure-dir.js';

// A command that fails before it writes anything leaves no folder it made (user trial 18, item 19):
// it notes which folders of its outputs are missing before it starts, and removes them again, empty.

/** The folders of `path` and its parents that do not exist yet, outermost first. */
export function missingFolders(path: string): string[] {
  const missing: string[] = [];
  for (let at = resolve(path); !statOrNothing(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  return missing;
}

/** Removes the folders that are still empty, innermost first; stops at the first that holds anything. */
export function removeEmptyFolders(folders: string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
