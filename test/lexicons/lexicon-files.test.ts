import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_SCHEMAS } from '../../src/lexicons/entry-schemas.js';
import { lexiconProblems, loadLexicon } from '../../src/lexicons/load.js';

const dir = 'src/lexicons/data';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const ajv = new Ajv.default({ allErrors: true, strict: false });
const envelope = JSON.parse(readFileSync('src/lexicons/lexicon.schema.json', 'utf8'));
const validate = ajv.compile(envelope);
/** ajv's verdict on a file against the envelope and an entry schema: loadLexicon's checker must agree. */
const ajvAccepts = (data: unknown, entry: object) =>
  ajv.compile({ allOf: [envelope, { properties: { entries: { items: entry } } }] })(data);

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

  it.each(files)('%s matches its entry schema, as loadLexicon checks on load', (file) => {
    const name = file.replace(/\.yaml$/, '');
    expect(
      Object.keys(ENTRY_SCHEMAS),
      `add an entry schema for ${name} to src/lexicons/entry-schemas.ts`,
    ).toContain(name);
    const data = parse(readFileSync(`${dir}/${file}`, 'utf8'));
    expect(lexiconProblems(data, ENTRY_SCHEMAS[name])).toEqual([]);
    expect(ajvAccepts(data, ENTRY_SCHEMAS[name])).toBe(true);
    expect(loadLexicon(name).entries.length).toBeGreaterThan(0);
  });

  it('rejects an entry that breaks its schema, naming where', () => {
    const data = parse(readFileSync(`${dir}/reporting-verbs.yaml`, 'utf8'));
    data.entries[0].stance = 'whispered';
    delete data.entries[1].source;
    const problems = lexiconProblems(data, ENTRY_SCHEMAS['reporting-verbs']);
    expect(ajvAccepts(data, ENTRY_SCHEMAS['reporting-verbs'])).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/^\/entries\/0\/stance /));
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/entries\/1 must have required property 'source'/),
    );
  });
});
