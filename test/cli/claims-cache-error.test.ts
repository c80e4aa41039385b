import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { copyEvents, FIXTURE_EVENTS, memoryIo, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

const A = `${FIXTURE_EVENTS}summit-2018-04-27/courier.txt`;
const B = `${FIXTURE_EVENTS}summit-2018-04-27/herald.txt`;

// User trial 11: an unwritable claims cache was reported as "cannot create the folder …/claims",
// without saying that it is the cache or that --claims names another.
describe('a claims cache that cannot be written', () => {
  const work = tempDir();
  const blocker = join(work, 'file');
  writeFileSync(blocker, 'a file where the cache folder would go');
  const cache = join(blocker, 'claims');
  const expected = new RegExp(
    `^crosscheck: cannot write the claims cache ${cache} \\(.+\\): give --claims a writable folder\\n$`,
  );

  it('compare: one line naming the cache and --claims, exit 2', async () => {
    const { code, stderr } = await run(['compare', A, B, '--claims', cache]);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });

  it('batch: the same line, exit 2', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const { io, stderr } = memoryIo();
    const code = await main(['batch', copyEvents(), '--out', out, '--claims', cache, '--jobs', '1'], io);
    expect(code).toBe(2);
    expect(stderr()).toMatch(expected);
  }, 120_000);

  // User trial 21, item 9: extract has no --claims; its cache folder is --out.
  it('extract: the same line naming --out, the flag extract has, exit 2', async () => {
    const { code, stderr } = await run(['extract', A, '--out', cache]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^crosscheck: cannot write the claims cache ${cache} \\(.+\\): give --out a writable folder\\n$`,
      ),
    );
  });
});
