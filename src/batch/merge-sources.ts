import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { LAYOUT_MARK, LAID_OUT_SOURCES as SOURCES } from '../group/layout-mark.js';
import { copyAtomic } from './merge-copy.js';

// What `merge` carries of a `batch --input` run besides its pairs: the `sources/` folder each
// shard laid the corpus out in (every shard lays out the whole corpus), so shards merged equal
// the unsharded run byte for byte (README, "Running at scale and in CI"; user trial 21b, item 8).

/** The laid-out sources to copy: the folder holding them and their paths under it, sorted. */
export interface SourcesPlan {
  from: string;
  files: string[];
}

/** The files under a layout folder, relative and sorted; undefined when `dir` holds none. */
function layoutFiles(dir: string): string[] | undefined {
  if (!existsSync(join(dir, LAYOUT_MARK))) return undefined;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** True when two layout folders hold the same files with the same bytes. */
function sameLayout(a: string, aFiles: string[], b: string, bFiles: string[]): boolean {
  if (aFiles.join('\0') !== bFiles.join('\0')) return false;
  return aFiles.every((name) => readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

/**
 * The `sources/` folder the shards laid out, checked before `merge` writes anything: the same in
 * every shard that has one, and `outDir` holds no `sources/` that crosscheck did not lay out.
 * Undefined when no shard has one, or when `outDir` is a shard (its folder is already there).
 */
export function planSources(dirs: string[], outDir: string): SourcesPlan | undefined {
  const laidOut = dirs.flatMap((dir) => {
    const files = layoutFiles(join(dir, SOURCES));
    return files ? [{ from: join(dir, SOURCES), files }] : [];
  });
  if (laidOut.length === 0 || dirs.some((dir) => resolve(dir) === resolve(outDir))) return undefined;
  const [first, ...rest] = laidOut;
  const other = rest.find((s) => !sameLayout(first.from, first.files, s.from, s.files));
  if (other) {
    throw new UserError(
      'bad-shards',
      `${first.from} and ${other.from} differ: the shards laid out different corpora`,
      'run every shard with the same --input, then merge',
    );
  }
  const target = join(outDir, SOURCES);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, LAYOUT_MARK))) {
    throw new UserError(
      'bad-usage',
      `${target} is a folder that crosscheck did not lay out`,
      'merge into a new or empty --out folder',
      target,
    );
  }
  return first;
}

/** Replaces `outDir/sources` with the shards' laid-out sources, as `batch --input` replaces it. */
export function copySources(plan: SourcesPlan, outDir: string): void {
  const target = join(outDir, SOURCES);
  rmSync(target, { recursive: true, force: true });
  for (const name of plan.files) copyAtomic(join(plan.from, name), join(target, name));
}
