import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PAIRS_PER_WORKER, workerCount } from '../../src/batch/pool.js';
import { runBatch } from '../../src/batch/run.js';
import type { EventTask } from '../../src/batch/task.js';
import { FIXTURE_EVENTS, tempDir, tree } from './helpers.js';

/** Tasks with these pair counts (only the counts matter to workerCount). */
const tasks = (...sizes: number[]) =>
  sizes.map((n) => ({ pairs: Array.from({ length: n }) }) as unknown as EventTask);

describe('workerCount', () => {
  const many = MIN_PAIRS_PER_WORKER * 10;
  it.each([
    ['one job never starts a worker', tasks(many, many), 1, 0],
    ['jobs 2 on a large batch: two workers, this thread analyses nothing', tasks(many, many), 2, 2],
    ['jobs 4 on a large batch: four workers', tasks(many, many, many, many), 4, 4],
    ['never more workers than tasks', tasks(many, many), 8, 2],
    ['one task runs here alone', tasks(many), 4, 0],
    ['a small batch runs here alone', tasks(3, 3, 3), 4, 0],
    ['pairs for one worker only: here alone, not one worker and an idle thread', tasks(70, 70), 2, 0],
    [
      'one worker per MIN_PAIRS_PER_WORKER pairs',
      tasks(MIN_PAIRS_PER_WORKER, MIN_PAIRS_PER_WORKER, MIN_PAIRS_PER_WORKER, 1, 1),
      8,
      3,
    ],
  ])('%s', (_name, list, jobs, expected) => {
    expect(workerCount(list, jobs)).toBe(expected);
  });
});

/** Copies the fixture events into `dir`, in the given file order, so directory order differs. */
function copyInOrder(dir: string, reverse: boolean): string {
  rmSync(dir, { recursive: true, force: true });
  const order = (names: string[]) => (reverse ? names.sort().reverse() : names.sort());
  for (const event of order(readdirSync(FIXTURE_EVENTS))) {
    mkdirSync(join(dir, event), { recursive: true });
    for (const name of order(readdirSync(join(FIXTURE_EVENTS, event)))) {
      writeFileSync(join(dir, event, name), readFileSync(join(FIXTURE_EVENTS, event, name)));
    }
  }
  return dir;
}

async function batchTree(sourcesDir: string, jobs: number): Promise<Record<string, string>> {
  const root = tempDir();
  const options = {
    sourcesDir,
    outDir: join(root, 'out'),
    claimsDir: join(root, 'claims'),
    formats: ['json' as const, 'html' as const],
    jobs,
    failOn: [],
    // Force workers on this small batch, which would otherwise run in this thread alone.
    minPairsPerWorker: 1,
  };
  await runBatch(options, { write: () => {}, live: false });
  return { ...tree(options.outDir), ...tree(options.claimsDir) };
}

describe('runBatch on worker threads', () => {
  it('writes byte-identical reports, summary, index and claims whatever jobs and source order', async () => {
    // Reports name their sources' paths, so every run reads the same folder, rewritten in between.
    const sources = join(tempDir(), 'sources');
    const single = await batchTree(copyInOrder(sources, false), 1);
    expect(Object.keys(single)).toContain('summary.json');
    expect(await batchTree(sources, 2)).toEqual(single);
    expect(await batchTree(copyInOrder(sources, true), 3)).toEqual(single);
  }, 120_000);
});
