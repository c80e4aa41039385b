import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPath } from '../../src/batch/journal.js';
import { tempDir, tree } from '../batch/helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'src/cli/bin.ts');

/** Runs the real CLI; with `killWhen`, SIGKILLs it as soon as the predicate holds. */
function run(
  args: string[],
  killWhen?: () => boolean,
): Promise<{ code: number | null; stdout: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
    });
    let stdout = '';
    let killed = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    const timer = killWhen
      ? setInterval(() => {
          if (!killed && killWhen()) {
            killed = child.kill('SIGKILL');
          }
        }, 10)
      : undefined;
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, killed });
    });
  });
}

/** Pairs the journal records as compared cleanly (a cut last line does not count). */
function journalledOk(out: string): number {
  const path = journalPath(out);
  if (!existsSync(path)) return 0;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}') && (JSON.parse(line) as { status: string }).status === 'ok').length;
}

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

    const killed = await run(args(out, join(work, 'claims')), () => journalledOk(out) >= 1);
    expect(killed.killed).toBe(true);
    const files = Object.keys(tree(out));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toContain('summary.json');
    const done = journalledOk(out);
    expect(done).toBeGreaterThanOrEqual(1);

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
