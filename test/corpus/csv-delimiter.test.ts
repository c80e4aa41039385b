import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvDelimiterHint } from '../../src/corpus/csv-delimiter.js';
import { tempDir } from '../batch/helpers.js';
import { run } from '../cli/run.js';

// User trial 18, item 21: European spreadsheets save "CSV" separated by ';'. Read with ',', every
// row lacks its columns; the error then names the delimiter rather than --columns, and does not
// count the physical lines of multi-line cells as rows.

const SEMI =
  'outlet;event;text\r\n"Alpha";"e1";"A dam burst near Tolvan.\r\nThirty homes flooded."\r\n"Beta";"e1";"The Tolvan dam burst, flooding 40 homes."\r\n';

describe('a CSV corpus separated by semicolons', () => {
  it.each([
    ['outlet;event;text\n', "';'"],
    ['\uFEFFoutlet\tevent\ttext\n', 'a tab'],
    ['outlet,event,text\n', undefined],
    ['text\n', undefined],
  ])('the header %j gets the hint %s', (header, named) => {
    const path = join(tempDir(), 'c.csv');
    writeFileSync(path, `${header}x\n`);
    const hint = csvDelimiterHint(path);
    if (named === undefined) expect(hint).toBeUndefined();
    else expect(hint).toContain(`separated by ${named}`);
  });

  it('is refused with one line naming the delimiter, without a count of lines as rows', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'semi.csv'), SEMI);
    const result = await run(['group', join(dir, 'semi.csv'), '--out', join(dir, 'out.csv')]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("separated by ';'");
    expect(lines[0]).toContain('comma-separated');
    expect(lines[0]).not.toMatch(/\d+ row\(s\) skipped/);
  });
});
