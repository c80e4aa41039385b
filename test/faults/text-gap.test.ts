import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model/report.js';
import { memoryIo, tempDir } from '../batch/helpers.js';

// Fault matrix row 2 (issue 12): the tokenizer skipped a token more than 64 characters past the
// previous one and never moved on, so everything after a long run of spaces vanished from the
// sentences and claims. The probe's command, in-process:
// printf 'Ten people died in Aleppo on Monday.%70sIsrael said 20 rockets were fired on Thursday.\n' ''
describe('compare keeps the text after a long run of spaces (fault matrix row 2)', () => {
  it.each([70, 500])('%i spaces between two sentences', async (n) => {
    const dir = tempDir('crosscheck-gap-');
    const gap = join(dir, 'gap.txt');
    writeFileSync(
      gap,
      `Ten people died in Aleppo on Monday.${' '.repeat(n)}Israel said 20 rockets were fired on Thursday.\n`,
    );
    const out = join(dir, 'g.json');
    const { io, stderr } = memoryIo();
    const code = await main(['compare', gap, 'sources/astana-2018-05-14/wire.txt', '--json', out], io);
    expect(code, stderr()).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.sources.a.sentences.map((s) => s.text)).toEqual([
      'Ten people died in Aleppo on Monday.',
      'Israel said 20 rockets were fired on Thursday.',
    ]);
    expect(report.sources.a.wordCount).toBe(15);
    const claims = report.claims.filter((c) => c.side === 'a').map((c) => c.text);
    expect(claims).toContain('20 rockets');
    expect(claims).toContain('Thursday');
  });
});
