import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/stages/read/encoding.js';
import { MAX_FRONT_MATTER } from '../../src/stages/read/front-matter.js';
import { run } from '../cli/run.js';
import { article, expectOneLine, tempDir, WIRE, writeTree } from './helpers.js';

const utf16 = (text: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

describe('fault matrix: inputs the read stage refuses with one line (issue 12, rows 1, 5, 11)', () => {
  it.each([
    ['an article over the size limit (row 1)', 'x'.repeat(MAX_ARTICLE_BYTES + 1), /over the 256 KB limit/],
    [
      'front matter over its line limit (row 5)',
      `---\n${Array.from({ length: MAX_FRONT_MATTER.lines + 1 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\nText.\n`,
      /front matter is too large \(501 lines/,
    ],
    [
      'front matter that never closes within its limit (row 5)',
      `---\n${'k: v\n'.repeat(20_000)}`,
      /no closing '---' within its first 32 KB/,
    ],
    [
      'an impossible date (row 11)',
      article('Fox').replace('2018-05-14', '2018-02-30'),
      /'published' is not a calendar date \(2018-02-30\)/,
    ],
    [
      'a list as outlet (row 11)',
      '---\noutlet: [Fox, CNN]\n---\nText.\n',
      /'outlet' is a list, not a single value/,
    ],
    [
      'a mapping as outlet (row 11)',
      '---\noutlet: { name: Fox }\n---\nText.\n',
      /'outlet' is a mapping, not a single value/,
    ],
    [
      'a list as published (user trial 21, item 8)',
      '---\npublished: [2025-03-05, 2025-03-06]\n---\nText.\n',
      /'published' is a list, not a single value/,
    ],
    [
      'a block list as published (user trial 21, item 8)',
      '---\npublished:\n  - 2025-03-05\n---\nText.\n',
      /'published' is a list, not a single value/,
    ],
    [
      'UTF-16 with a byte order mark (row 11)',
      utf16(article('Fox'), true),
      /is UTF-16 text, not UTF-8: convert it/,
    ],
    ['UTF-16 without a byte order mark (row 11)', utf16(article('Fox'), false), /is UTF-16 text, not UTF-8/],
  ])('%s', async (_what, content, message) => {
    const dir = writeTree(tempDir(), { 'ev/a.txt': content });
    const out = join(dir, 'r.json');
    expectOneLine(await run(['compare', join(dir, 'ev/a.txt'), WIRE, '--json', out]), message);
  });

  it('reads front matter from a file with lone CR line ends (row 11)', async () => {
    const dir = writeTree(tempDir(), { 'ev/a.txt': article('Old Mac Times').replace(/\n/g, '\r') });
    const { code, stdout } = await run(['compare', join(dir, 'ev/a.txt'), WIRE, '--json', '-']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sources.a.outlet).toBe('Old Mac Times');
    expect(report.sources.a.published).toBe('2018-05-14');
  });

  it('refuses a FIFO without opening it (row 4)', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'x.txt')]);
    expectOneLine(await run(['compare', join(dir, 'x.txt'), WIRE]), /x\.txt is not a regular file/);
  });

  it('names a dangling symlink as a link to nothing (row 6)', async () => {
    const dir = tempDir();
    execFileSync('ln', ['-s', join(dir, 'gone.txt'), join(dir, 'a.txt')]);
    expectOneLine(await run(['compare', join(dir, 'a.txt'), WIRE]), /a\.txt is a link to nothing/);
  });
});

describe('extract refuses two sources that would share a claims file (issue 12, row 3)', () => {
  it('x.txt and x.md of one event', async () => {
    const dir = writeTree(tempDir(), { 'ev/x.txt': article('Alpha'), 'ev/x.md': article('Beta') });
    const out = join(dir, 'claims');
    expectOneLine(
      await run(['extract', join(dir, 'ev/x.txt'), join(dir, 'ev/x.md'), '--out', out]),
      /share the claims file of 'ev\/x'/,
    );
  });
});
