import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

// User trial 18, item 19: a batch that stops before it writes anything leaves no folder it made.

describe('a batch that fails at the start', () => {
  it('removes the --out and --claims folders it created, parents included, and keeps folders that were there', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'ev'));
    cpSync(join(FIXTURE_EVENTS, 'quake-2020-01-02', 'courier.txt'), join(root, 'ev', 'courier.txt'));
    const work = tempDir();
    const result = await run([
      'batch',
      root,
      '--out',
      join(work, 'new', 'out'),
      '--claims',
      join(work, 'claims'),
    ]);
    expect(result.code).toBe(2);
    expect(existsSync(join(work, 'new'))).toBe(false);
    expect(existsSync(join(work, 'claims'))).toBe(false);
    expect(existsSync(work)).toBe(true);
  });
});
