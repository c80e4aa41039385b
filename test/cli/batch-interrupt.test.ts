import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tree } from '../batch/helpers.js';
import { ROOT, spawnCli } from './spawn-cli.js';

/** Runs the real CLI; with `signal`, a preloaded hook leaves a temporary file and sends it that signal after two journal writes. */
const run = (args: string[], signal?: 'SIGINT' | 'SIGTERM') =>
  spawnCli(args, signal === undefined ? undefined : { after: 2, signal, leaveTemporary: true });

// User trial 4: Ctrl-C printed nothing, exited with an undocumented code and could leave *.tmp files.
describe('batch interrupted by a signal, then started again', () => {
  it.each<['SIGINT' | 'SIGTERM', number]>([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])(
    '%s: removes its temporary files and the lock, says how far it got, exits %i',
    async (signal, exit) => {
      const work = tempDir();
      const sources = join(work, 'sources');
      cpSync(join(ROOT, 'sources'), sources, { recursive: true });
      const out = join(work, 'out');
      const args = ['batch', sources, '--out', out, '--claims', join(work, 'claims'), '--jobs', '1'];
      const stopped = await run(args, signal);
      expect(stopped.code).toBe(exit);
      // The signal arrives during the first event (the largest, 10 pairs), which ends before the process stops.
      expect(stopped.stderr.trim().split('\n').at(-1)).toBe(
        'crosscheck batch: interrupted: 10 of 14 pairs written; run the same command again to continue',
      );
      const files = Object.keys(tree(out));
      expect(files.filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
      // The spill file of pair entries goes too (review of mem6, item 6); the journal stays.
      expect(files.filter((f) => f.startsWith('.crosscheck-'))).toEqual(['.crosscheck-journal.jsonl']);
      expect(files).not.toContain('summary.json');
      expect(files).not.toContain('index.html');
      const resumed = await run(args);
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toContain('4 compared, 10 up to date');
      expect(Object.keys(tree(out)).filter((f) => f.startsWith('.crosscheck-'))).toEqual([]);
    },
    240_000,
  );

  // Review of ux, item 6: with --force the line counted the pairs of the earlier run as written.
  it('after --force, counts only the pairs this run wrote', async () => {
    const work = tempDir();
    const sources = join(work, 'sources');
    cpSync(join(ROOT, 'sources'), sources, { recursive: true });
    const args = [
      'batch',
      sources,
      '--out',
      join(work, 'out'),
      '--claims',
      join(work, 'claims'),
      '--jobs',
      '1',
    ];
    expect((await run(args)).code).toBe(0);
    const stopped = await run([...args, '--force'], 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr.trim().split('\n').at(-1)).toBe(
      'crosscheck batch: interrupted: 10 of 14 pairs written; run it again without --force to continue',
    );
  }, 240_000);

  it('sweeps temporary files a killed run left, in the output folder and the claims cache', async () => {
    const work = tempDir();
    const sources = join(work, 'sources');
    cpSync(join(ROOT, 'sources/astana-2018-05-14'), join(sources, 'astana'), { recursive: true });
    const out = join(work, 'out');
    const claims = join(work, 'claims');
    mkdirSync(join(out, 'astana'), { recursive: true });
    mkdirSync(join(claims, 'astana'), { recursive: true });
    // Process ids above the kernel's limit (2^22) belong to no running process.
    writeFileSync(join(out, 'findings.csv.99999999.tmp'), 'cut');
    writeFileSync(join(out, 'astana', 'presstv--wire.json.99999999.tmp'), '{"cut');
    writeFileSync(join(claims, 'astana', 'wire.json.99999999.tmp'), '{"cut');
    writeFileSync(join(out, 'notes.tmp'), 'not ours: no process id');
    const { code } = await run(['batch', sources, '--out', out, '--claims', claims, '--jobs', '1']);
    expect(code).toBe(0);
    const left = [...Object.keys(tree(out)), ...Object.keys(tree(claims))].filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual(['notes.tmp']);
  }, 120_000);
});
