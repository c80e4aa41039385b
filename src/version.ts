import { readFileSync } from 'node:fs';

/** The tool's version, from package.json; it keys claims caches and appears in every report. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
