import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadLexicon } from '../../src/lexicons/load.js';

const dir = 'src/lexicons/data';
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('loadLexicon', () => {
  // It keeps a flat copy of the parsed file (memory, issue 13): the copy must hold exactly what
  // the yaml package parsed, so no rule sees another value.
  it.each(names)('%s loads equal to the file as the yaml package parses it', (name) => {
    expect(loadLexicon(name)).toStrictEqual(parse(readFileSync(`${dir}/${name}.yaml`, 'utf8')));
  });

  it('loads a file once', () => {
    expect(loadLexicon('abbreviations')).toBe(loadLexicon('abbreviations'));
  });
});
