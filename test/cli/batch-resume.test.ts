import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPath } from '../../src/batch/journal.js';
import { tempDir, tree } from '../batch/helpers.js';
import { ROOT, spawnCli } from './spawn-cli.js';

/** Runs the real CLI; with `killAfter`, a preloaded hook SIGKILLs it right after that many journal writes. */
const run = (args: string[], killAfter?: number) =>
  spawnCli(args, killAfter === undefined ? undefined : { after: killAfter });

/** Pairs the journal records as compared cleanly (a cut last line does not count). */
function journalledOk(out: string): number {
  const path = journalPath(out);
  if (!existsSync(path)) return 0;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}') && (JSON.parse(line) as { status: string }).status === 'ok').length;
}

// Killed after the second of the sample sources' pairs: some done, some not.
const KILLED_AFTER = 2;

describe('batch killed mid-run and started again', () => {
  it('leaves no partial file, skips the pairs already done, and ends equal to a clean run', async () => {
    const work = tempDir();
    const sources = join(work, 'sources');
    cpSync(join(ROOT, 'sources'), sources, { recursive: true });
    const out = join(work, 'out');
    const args = (dir: string, claims: string) => [
      'batch',
      sources,
      '--out',
      dir,
      '--claims',
      claims,
      '--jobs',
      '1',
    ];

    const killed = await run(args(out, join(work, 'claims')), KILLED_AFTER);
    expect(killed.signal).toBe('SIGKILL');
    const files = Object.keys(tree(out));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toContain('summary.json');
    const done = journalledOk(out);
    expect(done).toBe(KILLED_AFTER);

    const resumed = await run(args(out, join(work, 'claims')));
    const skipped = Number(/(\d+) up to date/.exec(resumed.stdout)?.[1]);
    // Exactly the pairs the killed run finished cleanly are skipped, not redone.
    expect(skipped).toBe(done);
    expect(existsSync(journalPath(out))).toBe(false);

    const clean = join(work, 'clean');
    await run(args(clean, join(work, 'claims-clean')));
    expect(tree(out)).toEqual(tree(clean));
  }, 240_000);
});
