import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { FIXTURE_EVENTS, memoryIo, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

const GOOD = join(FIXTURE_EVENTS, 'summit-2018-04-27', 'courier.txt');

// User trial 2: a source with no body sentence used to be compared as an article with nothing in
// it, and every fact of the other side became an omission.
describe('a source with no body text', () => {
  const dir = tempDir('crosscheck-nobody-');
  const cases: [string, string][] = [
    ['white space only', '   \n\n\t\n'],
    ['a headline only', 'Leaders meet at the border\n'],
    ['front matter with a title only', '---\ntitle: Leaders meet at the border\n---\n'],
  ];
  it.each(cases)('%s: compare exits 2 with one line naming the file', async (name, text) => {
    const path = join(dir, `${name.replaceAll(' ', '-')}.txt`);
    writeFileSync(path, text);
    const { code, stdout, stderr } = await run(['compare', GOOD, path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`crosscheck: ${path} has no body text: give the article's text after its headline\n`);
  });

  it('fails its pairs in a batch, and only those', async () => {
    const root = tempDir();
    const event = join(root, 'sources', 'ev');
    cpSync(join(FIXTURE_EVENTS, 'summit-2018-04-27'), event, { recursive: true });
    writeFileSync(join(event, 'blank.txt'), '   \n\n\t\n');
    const out = join(root, 'out');
    const { io } = memoryIo();
    const code = await main(['batch', join(root, 'sources'), '--out', out, '--claims', join(root, 'c')], io);
    // A source without body text is an input error: the batch compares the rest, then exits 2.
    expect(code).toBe(2);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.pairs.map((p) => [p.id, p.status])).toEqual([
      ['ev/blank--courier', 'error'],
      ['ev/blank--herald', 'error'],
      ['ev/courier--herald', 'ok'],
    ]);
    expect(summary.pairs[0].error).toContain('has no body text');
  }, 120_000);
});
