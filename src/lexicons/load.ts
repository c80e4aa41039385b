import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The envelope every lexicon file shares: a name, what it is for, and entries that each cite a source. */
export interface LexiconFile<E> {
  name: string;
  description: string;
  entries: (E & { source: string; note?: string })[];
}

const cache = new Map<string, unknown>();

/** Path of a lexicon data file shipped with the package. */
export function lexiconPath(name: string): URL {
  return new URL(`./data/${name}.yaml`, import.meta.url);
}

/** Loads `src/lexicons/data/<name>.yaml` once per process. */
export function loadLexicon<E>(name: string): LexiconFile<E> {
  const hit = cache.get(name);
  if (hit) return hit as LexiconFile<E>;
  const parsed = parseYaml(readFileSync(lexiconPath(name), 'utf8')) as LexiconFile<E>;
  cache.set(name, parsed);
  return parsed;
}
