import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(new URL('../../', import.meta.url).pathname);

/** Every file under `dir` (absolute, or relative to the current folder), sorted, as full paths. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(dir);
  return found;
}

/** Every `.ts` file under `dir` (relative to the root), sorted, as root-relative paths. */
export function tsFiles(dir: string): string[] {
  return filesUnder(join(ROOT, dir))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => relative(ROOT, file));
}

/** The file's text. */
export const readText = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** Root-relative paths of the modules a file imports or re-exports by a relative specifier. */
export function relativeImports(file: string): string[] {
  const text = readText(file);
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map((m) => m[1]);
  return specifiers.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}
