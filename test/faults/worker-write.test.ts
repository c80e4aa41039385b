import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { UserError } from '../../src/errors.js';
import { article, tempDir, writeTree } from './helpers.js';

/** Two events of one pair each; `out/e2` is a file, so writing e2's reports fails (bad-out). */
function blockedBatch(jobs: number) {
  const root = tempDir();
  for (const ev of ['e1', 'e2']) {
    writeTree(join(root, 'sources'), {
      [`${ev}/a.txt`]: article('Alpha', 'Ten people died in the city on Monday, officials said.'),
      [`${ev}/b.txt`]: article('Beta', 'Troops killed twelve people in the city on Monday.'),
    });
  }
  const out = join(root, 'out');
  writeTree(out, { e2: 'not a folder' });
  const options = {
    sourcesDir: join(root, 'sources'),
    outDir: out,
    claimsDir: join(root, 'claims'),
    formats: ['json' as const, 'html' as const],
    jobs,
    failOn: [],
    // Force a worker thread on this small batch: with 2 events and jobs 2 both go to the worker.
    minPairsPerWorker: 1,
  };
  return { out, options };
}

const quiet = { write: () => {}, live: false };

/** Every file under `dir` whose name marks an unfinished atomic write. */
function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));
}

describe('a write error stops the batch the same way with or without workers (issue 12)', () => {
  it.each([[1], [2]])(
    '--jobs %i: typed error, no summary, journal kept, resume finishes',
    async (jobs) => {
      const { out, options } = blockedBatch(jobs);
      const error = await runBatch(options, quiet).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('bad-out');
      expect((error as UserError).toLine()).toMatch(
        /^crosscheck: cannot use .*out\/e2 as a folder: .*: name a folder/,
      );
      expect(existsSync(join(out, 'summary.json'))).toBe(false);
      expect(temporaries(out)).toEqual([]);
      // e1 ran before or beside e2 and finished: its report is whole and journaled, so resume skips it.
      const journal = readFileSync(join(out, '.crosscheck-journal.jsonl'), 'utf8').trim().split('\n');
      expect(journal.map((line) => JSON.parse(line).id)).toEqual(['e1/a--b']);
      expect(JSON.parse(readFileSync(join(out, 'e1/a--b.json'), 'utf8')).pair.id).toBe('e1/a--b');
      rmSync(join(out, 'e2'));
      const again = await runBatch(options, quiet);
      expect([again.compared, again.skipped, again.summary.totals.failed]).toEqual([1, 1, 0]);
    },
    60_000,
  );
});
