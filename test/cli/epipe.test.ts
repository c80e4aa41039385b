import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../faults/helpers.js';

// Issue 12, row 6: `crosscheck compare a b --json - | head -c1` printed an EPIPE stack trace.
describe('a reader that closes stdout early', () => {
  it('ends the CLI quietly, without a stack trace', () => {
    // A report of ~2 MB, far more than a pipe holds, so crosscheck is still writing when head exits.
    const line =
      'officials said 10 people were killed in Aleppo on Monday and the army said rebels fired 20 rockets ';
    const path = join(tempDir(), 'long.txt');
    writeFileSync(path, `---\noutlet: Long\npublished: 2018-05-14\n---\n${line.repeat(300)}\n`);
    const command = `node bin/crosscheck.js compare ${path} sources/astana-2018-05-14/wire.txt --json - | head -c1`;
    const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(result.stdout).toBe('{');
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  }, 60_000);
});
