import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/schema/index.js';

// Review of research11, M3: the columns 0.10.1 adds are not required, so a 0.10.0 claims.jsonl or
// findings.jsonl (without them) still validates. The rows are the committed reports' first lines.

const firstRow = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../reports/${path}`, import.meta.url), 'utf8').split('\n')[0]);

describe('row schemas accept rows written before their new columns', () => {
  it.each([
    ['claim-rows', 'speaker_title', 'claims.jsonl'],
    ['findings', 'figures', 'findings.jsonl'],
  ] as const)('%s without %s', (schema, column, file) => {
    const row = firstRow(file);
    expect(validate(schema, row)).toEqual([]);
    delete row[column];
    expect(validate(schema, row)).toEqual([]);
  });
});
