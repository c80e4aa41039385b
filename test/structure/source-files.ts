import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(new URL('../../', import.meta.url).pathname);

/** Every `.ts` file under `dir` (relative to the root), sorted, as root-relative paths. */
export function tsFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) found.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return found;
}

/** The file's text. */
export const readText = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** Root-relative paths of the modules a file imports or re-exports by a relative specifier. */
export function relativeImports(file: string): string[] {
  const text = readText(file);
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map((m) => m[1]);
  return specifiers.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}
