import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = 'src/lexicons/data';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const validate = new Ajv.default({ allErrors: true }).compile(
  JSON.parse(readFileSync('src/lexicons/lexicon.schema.json', 'utf8')),
);

describe('lexicon data files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s names its source for every entry and matches its file name', (file) => {
    const data = parse(readFileSync(`${dir}/${file}`, 'utf8'));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(`${data.name}.yaml`).toBe(file);
  });
});
