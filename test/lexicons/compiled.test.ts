import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileLexicons } from '../../src/batch/lexicon-build.js';
import { compiledLexicon, lexiconKey } from '../../src/lexicons/compiled.js';
import { ENTRY_SCHEMAS } from '../../src/lexicons/entry-schemas.js';
import { ENVELOPE } from '../../src/lexicons/load.js';

const dir = 'src/lexicons/data';
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const to = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'crosscheck-lexicons-')), 'lexicons.json'));
const written = compileLexicons(to);
const text = (name: string) => readFileSync(`${dir}/${name}.yaml`, 'utf8');

describe('compiled lexicons', () => {
  it('compiles every data file, through the atomic writer (review-cpu8 #4)', () => {
    expect(written).toBe(names.length);
    expect(readdirSync(dirname(fileURLToPath(to)))).toEqual(['lexicons.json']);
  });

  it('fails with a typed error, leaving nothing, when the target cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'crosscheck-lexicons-'));
    writeFileSync(join(folder, 'file'), '');
    const bad = pathToFileURL(join(folder, 'file', 'lexicons.json'));
    expect(() => compileLexicons(bad)).toThrow(
      expect.objectContaining({ name: 'UserError', code: 'bad-out' }),
    );
    expect(readdirSync(folder)).toEqual(['file']);
  });

  it.each(names)('%s compiles to what the yaml package parses', (name) => {
    const key = lexiconKey(text(name), ENTRY_SCHEMAS[name], ENVELOPE);
    expect(compiledLexicon(name, key, to)).toStrictEqual(parse(text(name)));
  });

  // A stale copy is never used: an edited file, schema or envelope has another key, and is parsed from YAML.
  it.each([
    ['an edited file', `${text('abbreviations')}\n`, ENTRY_SCHEMAS.abbreviations, ENVELOPE],
    [
      'an edited schema',
      text('abbreviations'),
      { ...ENTRY_SCHEMAS.abbreviations, required: ['x'] },
      ENVELOPE,
    ],
    [
      'an edited envelope',
      text('abbreviations'),
      ENTRY_SCHEMAS.abbreviations,
      { ...ENVELOPE, required: ['note'] },
    ],
  ] as const)('gives nothing for %s', (_, edited, schema, envelope) => {
    const fresh = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'crosscheck-lexicons-')), 'lexicons.json'));
    compileLexicons(fresh);
    expect(compiledLexicon('abbreviations', lexiconKey(edited, schema, envelope), fresh)).toBeUndefined();
  });

  it('gives nothing when nothing was compiled', () => {
    const none = pathToFileURL(join(tmpdir(), 'crosscheck-no-such-dir', 'lexicons.json'));
    expect(compiledLexicon('abbreviations', 'key', none)).toBeUndefined();
  });
});
