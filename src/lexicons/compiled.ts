import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntrySchema } from './check-entry.js';

/**
 * The lexicons as JSON, parsed and checked once at install (`npm run build:worker`, which `npm ci`
 * runs as `prepare`) into build/lexicons.json (written by batch/lexicon-build.ts; this module only reads). The yaml package took ~0.5 s of CPU to parse the
 * data files, in every thread that loads them (issue 13: a second thread paid it again); JSON.parse
 * of the same data takes a few milliseconds. Each entry is keyed by a hash of its YAML text, its
 * entry schema, the envelope every lexicon is checked against and `LOADER_FORMAT`, so an edited
 * file, schema or envelope misses the key and is parsed (and checked) from YAML as before. What the
 * key cannot see is a change to the loader's own code (load.ts, check-entry.ts): bump
 * `LOADER_FORMAT` with such a change, or run `npm run build:worker` again.
 */

/**
 * The version of what `parseLexicon` makes of a YAML text: bumped whenever load.ts or
 * check-entry.ts change what they accept or return, so that copies compiled before miss the key.
 */
const LOADER_FORMAT = 1;

/** One compiled lexicon: the key it was compiled under and its data as `loadLexicon` returns it. */
export interface CompiledLexicon {
  key: string;
  data: unknown;
}

/** Where the compiled lexicons are written and read: build/ at the package's root. */
export const COMPILED_LEXICONS = new URL('../../build/lexicons.json', import.meta.url);

/** The key of a lexicon's YAML text under its entry schema and envelope: what a compiled copy must match. */
export function lexiconKey(text: string, schema: EntrySchema, envelope: EntrySchema): string {
  return createHash('sha256')
    .update(`${LOADER_FORMAT}\0`)
    .update(text)
    .update('\0')
    .update(JSON.stringify(schema))
    .update('\0')
    .update(JSON.stringify(envelope))
    .digest('hex');
}

/** Compiled files read, by URL: each is read once per process. */
const read = new Map<string, Map<string, CompiledLexicon>>();

/**
 * The compiled data of lexicon `name` when it was compiled under `key`, else undefined. Each entry
 * is handed out once and then dropped here (`loadLexicon` keeps what it returns).
 */
export function compiledLexicon(name: string, key: string, from: URL = COMPILED_LEXICONS): unknown {
  let compiled = read.get(from.href);
  if (!compiled) {
    compiled = readCompiled(from);
    read.set(from.href, compiled);
  }
  const hit = compiled.get(name);
  compiled.delete(name);
  return hit?.key === key ? hit.data : undefined;
}

function readCompiled(from: URL): Map<string, CompiledLexicon> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(from, 'utf8')) as Record<string, CompiledLexicon>));
  } catch {
    // Not built (a fresh clone before `npm ci`) or unreadable: every lexicon is parsed from YAML.
    return new Map();
  }
}
