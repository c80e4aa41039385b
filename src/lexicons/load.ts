import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkEntry, type EntrySchema } from './check-entry.js';
import { type CompiledLexicon, compiledLexicon, lexiconKey } from './compiled.js';
import { ENTRY_SCHEMAS } from './entry-schemas.js';

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

/**
 * The envelope of lexicon.schema.json: a name, a description, entries that each name a source.
 * Part of a compiled copy's key.
 */
export const ENVELOPE: EntrySchema = {
  type: 'object',
  required: ['name', 'description', 'entries'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9-]+$' },
    description: { type: 'string', minLength: 10 },
    entries: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['source'],
        properties: { source: { type: 'string', minLength: 3 }, note: { type: 'string' } },
      },
    },
  },
};

/** Problems of a parsed lexicon file against the envelope and its entry schema; [] when it is valid. */
export function lexiconProblems(data: unknown, entry: EntrySchema): string[] {
  const problems = checkEntry(ENVELOPE, data);
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries))
    problems.push(...checkEntry({ type: 'array', items: entry }, entries, '/entries'));
  return problems;
}

/**
 * A copy of a parsed lexicon whose strings are flat. The yaml package builds a multi-line scalar
 * (most `source` and `note` texts) by concatenating its pieces, and V8 keeps such a string as a
 * chain of concatenation nodes over the pieces: 225,000 nodes, ~7 MB, held for the life of every
 * thread that loads the lexicons (a heap snapshot, issue 13). JSON.parse makes every string one
 * flat string; the data are plain strings, numbers, booleans and lists, so the copy is equal.
 */
function flatCopy(parsed: unknown): unknown {
  return JSON.parse(JSON.stringify(parsed));
}

/**
 * Loads `src/lexicons/data/<name>.yaml` once per process, checked against the lexicon envelope and
 * its entry schema (`entry-schemas.ts`), so that a malformed entry fails rather than turning into a
 * wrong claim later. Parsed from YAML, it is checked here, on load. Taken from the compiled copy
 * (build/lexicons.json, compiled.ts), it was checked when it was compiled, and is used only when
 * compiled from this very text, schema, envelope and `LOADER_FORMAT`: a change to the checking
 * code itself needs `LOADER_FORMAT` bumped (review-cpu8 #1, #9).
 */
export function loadLexicon<E>(name: string): LexiconFile<E> {
  const hit = cache.get(name);
  if (hit) return hit as LexiconFile<E>;
  const entry = entrySchema(name);
  const text = readFileSync(lexiconPath(name), 'utf8');
  const data = compiledLexicon(name, lexiconKey(text, entry, ENVELOPE)) ?? parseLexicon(name, text).data;
  cache.set(name, data);
  return data as LexiconFile<E>;
}

function entrySchema(name: string): EntrySchema {
  const entry = ENTRY_SCHEMAS[name];
  if (!entry)
    throw new Error(`lexicon '${name}' has no entry schema: add one to src/lexicons/entry-schemas.ts`);
  return entry;
}

/** Parses and checks lexicon `name` from its YAML text (read from its file when not given): its key and flat data. */
export function parseLexicon(name: string, text = readFileSync(lexiconPath(name), 'utf8')): CompiledLexicon {
  const entry = entrySchema(name);
  const parsed = parseYaml(text) as unknown;
  const problems = lexiconProblems(parsed, entry);
  if (problems.length > 0) {
    throw new Error(
      `src/lexicons/data/${name}.yaml does not match its schema: ${problems.slice(0, 5).join('; ')}`,
    );
  }
  return { key: lexiconKey(text, entry, ENVELOPE), data: flatCopy(parsed) };
}

/** The names of the lexicon data files shipped with the package (`<name>.yaml`), sorted. */
export function lexiconNames(): string[] {
  return readdirSync(new URL('./data/', import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}
