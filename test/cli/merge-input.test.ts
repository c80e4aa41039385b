import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/model/summary.js';
import { tempDir, tree } from '../batch/helpers.js';
import { sourceRows, writeJsonl } from '../group/corpus-from-sources.js';
import { run } from './run.js';

// User trial 21b, item 8: shards of one `batch --input` run merged lacked the summary's `corpus`
// block and the laid-out `sources/` folder, so they differed from the unsharded run.

/** A corpus of the repo's two smaller events (4 pairs) and one row with no text, which is skipped. */
function corpus(dir: string): string {
  const rows = sourceRows().filter((r) => r.folder !== 'newswcl50-event-0');
  const path = writeJsonl(join(dir, 'corpus.jsonl'), rows);
  writeFileSync(path, `${readFileSync(path, 'utf8')}${JSON.stringify({ outlet: 'Empty Wire', text: '' })}\n`);
  return path;
}

const summaryOf = (out: string) =>
  JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

describe('merge of shards of one batch --input run', () => {
  const work = tempDir();
  const input = corpus(work);
  const batch = (out: string, extra: string[] = []) =>
    run(['batch', '--input', input, '--out', out, '--claims', join(work, 'claims'), '--jobs', '1', ...extra]);
  const single = join(work, 'single');
  const shards = [1, 2].map((k) => join(work, `shard-${k}`));

  beforeAll(async () => {
    expect((await batch(single)).code).toBe(0);
    for (const [i, out] of shards.entries())
      expect((await batch(out, ['--shard', `${i + 1}/2`])).code).toBe(0);
  }, 120_000);

  it('equals the unsharded run, byte for byte: the corpus block and sources/ too', async () => {
    expect(summaryOf(single).corpus).toMatchObject({ path: 'corpus.jsonl', skipped: 1 });
    expect(existsSync(join(single, 'sources', '.crosscheck-layout'))).toBe(true);
    const merged = join(work, 'merged');
    const result = await run(['merge', ...shards, '--out', merged]);
    expect(result.code, result.stderr).toBe(0);
    expect(tree(merged)).toEqual(tree(single));
  }, 60_000);

  it('refuses shards whose corpus blocks disagree, in one line, and writes nothing', async () => {
    const path = join(shards[1], 'summary.json');
    const saved = readFileSync(path, 'utf8');
    const summary = JSON.parse(saved) as BatchSummary;
    writeFileSync(path, JSON.stringify({ ...summary, corpus: { ...summary.corpus, rows: 99 } }));
    try {
      const out = join(work, 'refused');
      const result = await run(['merge', ...shards, '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/different corpora/);
      expect(existsSync(out)).toBe(false);
    } finally {
      writeFileSync(path, saved);
    }
  });
});
