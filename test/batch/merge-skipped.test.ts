import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOutputs } from '../../src/batch/merge.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { VERSION } from '../../src/version.js';
import { tempDir } from './helpers.js';

type Skipped = { path: string; reason: string };

/** A shard's folder holding only its summary.json: no pairs, the given skipped paths. */
function shard(root: string, index: number, count: number, skipped: Skipped[]): string {
  const dir = join(root, `shard-${index}`);
  mkdirSync(dir, { recursive: true });
  const summary = {
    schemaVersion: 1,
    generator: { name: 'crosscheck', version: VERSION },
    formats: ['json'],
    ...(skipped.length > 0 ? { skipped } : {}),
    shard: { index, count },
    pairs: [],
  };
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
  return dir;
}

const A = { path: 'sources/lonely-a', reason: 'the only source of its event: nothing to compare' };
const B = { path: 'sources/quake/fifo.txt', reason: 'not a regular file' };
const C = { path: 'sources/summit/link.txt', reason: 'a link to nothing' };

describe('merge: skipped sources', () => {
  // [what, each shard's skipped paths, the merged summary's skipped paths]
  it.each([
    ['only the first shard skipped one', [[A], []], [A]],
    ['only the last shard skipped one', [[], [B]], [B]],
    ['each shard skipped its own', [[A], [B], [C]], [A, B, C]],
    [
      'the same path in every shard is listed once',
      [
        [A, B],
        [A, B],
      ],
      [A, B],
    ],
    ['shards given out of order: listed in shard order', [[A], [C], [B]], [A, C, B]],
    ['no shard skipped anything', [[], []], undefined],
  ] as [string, Skipped[][], Skipped[] | undefined][])('%s', async (_what, perShard, expected) => {
    const root = tempDir();
    const dirs = perShard.map((skipped, i) => shard(root, i + 1, perShard.length, skipped));
    const out = join(root, 'merged');
    const summary = await mergeOutputs(dirs.reverse(), out);
    expect(summary.skipped).toEqual(expected);
    const written = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(written.skipped).toEqual(expected);
  });
});
