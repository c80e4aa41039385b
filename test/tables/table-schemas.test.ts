import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTablesDoc } from '../../scripts/lib/tables-doc.js';
import { catalogueEntries } from '../../src/catalogue.js';
import { main } from '../../src/cli/main.js';
import { FINDING_COLUMNS } from '../../src/report/finding-table.js';
import { SCHEMA_NAMES, schemaText, validate } from '../../src/schema/index.js';
import { CLAIM_COLUMNS } from '../../src/tables/columns.js';
import { tableSchema, tableValues } from '../../src/tables/table-schema.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// User trial 6, item 9: summary.json, outlets.json and the JSONL tables have published schemas,
// checked here against the real outputs of a small invented batch (the batch fixture events and
// the capped storm pair, so the optional `capped` fields appear).
const CAPPED = new URL('../fixtures/capped/', import.meta.url).pathname;
const work = tempDir();
const src = copyEvents();
cpSync(CAPPED, join(src, 'storm-2026-03-02'), { recursive: true });
const out = join(work, 'out');
const { io } = memoryIo();
const code = await main(['batch', src, '--out', out, '--claims', join(work, 'c'), '--jobs', '1'], io);
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const lines = (name: string) =>
  read(name)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);

describe('the batch files validate against their published schemas', () => {
  it('the batch ran', () => expect(code).toBe(0));
  it.each([
    ['summary', 'summary.json'],
    ['outlets', 'outlets.json'],
  ] as const)('%s ← %s', (name, file) => {
    expect(validate(name, JSON.parse(read(file)))).toEqual([]);
  });
  it.each([
    ['findings', 'findings.jsonl'],
    ['claim-rows', 'claims.jsonl'],
  ] as const)('%s ← every line of %s', (name, file) => {
    const rows = lines(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(validate(name, row)).toEqual([]);
  });
  it('the summary carries the optional capped totals', () => {
    expect(JSON.parse(read('summary.json')).totals.capped.omission).toBeGreaterThan(0);
  });
});

describe('the schemas reject what breaks them', () => {
  it.each([
    ['summary', { schemaVersion: 2 }],
    ['outlets', { schemaVersion: 1, outlets: [{ outlet: 'X' }] }],
    ['findings', { event: 'e' }],
  ] as const)('%s rejects %j', (name, document) => {
    expect(validate(name, document).length).toBeGreaterThan(0);
  });
});

describe('the table schemas are generated from the columns (npm run tables:schema)', () => {
  it.each([
    ['findings', FINDING_COLUMNS],
    ['claim-rows', CLAIM_COLUMNS],
  ] as const)('%s.schema.json is up to date', (name, columns) => {
    // Compared as parsed JSON: the formatter may lay the file out differently.
    const published = JSON.parse(schemaText(name));
    const values = tableValues(catalogueEntries().map((e) => e.id));
    expect(published).toEqual(JSON.parse(tableSchema(name, published.title, columns, values)));
  });
});

describe('docs/tables.md documents every column (user trial 7, item 7)', () => {
  it('is up to date: run `npm run tables:schema`', () => {
    const committed = readFileSync(new URL('../../docs/tables.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderTablesDoc());
    for (const c of [...FINDING_COLUMNS, ...CLAIM_COLUMNS]) expect(committed).toContain(`| \`${c.name}\` |`);
  });
});

describe('crosscheck schema prints each of them', () => {
  it.each(SCHEMA_NAMES.filter((n) => n !== 'report').map((n) => [n]))('%s', async (name) => {
    const { io: printIo, stdout } = memoryIo();
    expect(await main(['schema', name], printIo)).toBe(0);
    expect(stdout()).toBe(schemaText(name));
  });
});

describe('crosscheck validate checks the batch files against their schemas', () => {
  it.each([['summary.json'], ['outlets.json'], ['findings.jsonl'], ['claims.jsonl']])(
    '%s: valid',
    async (file) => {
      const { io: checkIo, stdout } = memoryIo();
      expect(await main(['validate', join(out, file)], checkIo)).toBe(0);
      expect(stdout()).toBe(`${join(out, file)}: valid\n`);
    },
  );

  it('a broken summary.json: exit 2 with its problems', async () => {
    const broken = join(tempDir(), 'summary.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(read('summary.json')), exitCode: 7 }));
    const { io: checkIo, stderr } = memoryIo();
    expect(await main(['validate', broken], checkIo)).toBe(2);
    expect(stderr()).toContain('/exitCode must be equal to one of the allowed values');
    expect(stderr()).toContain('is not a valid batch file');
  });
});

describe('the table schemas restrict kind and rule (review-ux6 item 8)', () => {
  const row = () => lines('findings.jsonl')[0] as Record<string, unknown>;
  it.each([
    ['findings', { ...row(), kind: 'banana' }],
    ['findings', { ...row(), rule: 'compare/no-such-rule' }],
    ['claim-rows', { ...(lines('claims.jsonl')[0] as object), kind: 'banana' }],
  ] as const)('%s rejects %j', (name, document) => {
    expect(validate(name, document).length).toBeGreaterThan(0);
  });
});

describe('crosscheck validate chooses the schema by content, then by name (review-ux6 item 6)', () => {
  const check = async (path: string) => {
    const { io: checkIo, stdout, stderr } = memoryIo();
    return { code: await main(['validate', path], checkIo), stdout: stdout(), stderr: stderr() };
  };
  it.each([
    ['a report saved as summary.json', 'quake-2020-01-02/courier--herald.json', 'summary.json'],
    ['a summary under another name', 'summary.json', 'run1-summary.json'],
    ['outlets.json under another name', 'outlets.json', 'profiles.json'],
  ])('%s: valid', async (_name, from, to) => {
    const path = join(tempDir(), to);
    cpSync(join(out, from), path);
    expect((await check(path)).code).toBe(0);
  });

  it('a JSONL error names its line, blank lines counted', async () => {
    const path = join(tempDir(), 'findings.jsonl');
    writeFileSync(path, `${read('findings.jsonl').split('\n')[0]}\n\n{"bad":1}\n`);
    const result = await check(path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/: line 3: /);
    expect(result.stderr).not.toMatch(/: line [12]: /);
  });
});
