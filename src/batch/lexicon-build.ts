// The lexicons compiled to JSON at install (`npm run build:worker`, scripts/build-worker.ts), so that
// threads read build/lexicons.json instead of parsing the YAML (src/lexicons/compiled.ts reads it).
// The writing lives here, not in lexicons/, which reads data only (review-cpu8 #4).
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../io/write-atomic.js';
import { COMPILED_LEXICONS, type CompiledLexicon } from '../lexicons/compiled.js';
import { lexiconNames, parseLexicon } from '../lexicons/load.js';

/**
 * Parses and checks every lexicon data file and writes them, each with its key, to `to`
 * (build/lexicons.json by default) through `writeAtomic`: a reader never sees half of it, and a
 * failed write leaves no temporary file. Returns how many were written.
 */
export function compileLexicons(to: URL = COMPILED_LEXICONS): number {
  const names = lexiconNames();
  const out: Record<string, CompiledLexicon> = {};
  for (const name of names) out[name] = parseLexicon(name);
  writeAtomic(fileURLToPath(to), JSON.stringify(out));
  return names.length;
}
