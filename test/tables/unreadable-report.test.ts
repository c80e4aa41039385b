import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { profileTally } from '../../src/tables/profiles.js';
import { writeTables } from '../../src/tables/write.js';

const ROOT = new URL('../../', import.meta.url).pathname;

// Review of tidy10, item 2: a report the tables cannot read was blamed on the out folder
// ("cannot write findings.csv …: check that the folder is writable").
describe('the tables of a batch whose report cannot be read', () => {
  it.each<[string, (path: string) => void, string]>([
    ['a report that is not JSON', (path) => writeFileSync(path, '{"findings": ['), 'is not JSON'],
    ['a report that is gone', (path) => rmSync(path), 'cannot be read (ENOENT)'],
  ])('%s: an error naming that report, the tables as they were', async (_name, spoil, says) => {
    const out = join(mkdtempSync(join(tmpdir(), 'crosscheck-tables-')), 'reports');
    cpSync(join(ROOT, 'reports'), out, { recursive: true });
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    const report = join(out, summary.pairs[1].files.find((f) => f.endsWith('.json')) as string);
    const before = readFileSync(join(out, 'findings.csv'), 'utf8');
    spoil(report);
    const error = await writeTables(out, summary, profileTally()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('bad-report');
    expect((error as UserError).message).toBe(`${report} ${says}`);
    expect((error as UserError).toLine()).not.toContain('writable');
    expect(readFileSync(join(out, 'findings.csv'), 'utf8')).toBe(before);
  });
});
