import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildSummary } from '../../src/batch/summarize.js';
import { main } from '../../src/cli/main.js';
import type { FindingKind } from '../../src/model/finding.js';
import type { BatchSummary, PairEntry } from '../../src/model/summary.js';
import { entry } from './entries.js';
import { FIXTURE_EVENTS, memoryIo, tempDir } from './helpers.js';

// A bug of crosscheck's own while it analyses one source (here a TypeError, as from a stage; the
// claims cache's schema check is another), not a fault of the user's file.
const BUG = "Cannot read properties of undefined (reading 'start')";
vi.mock('../../src/store/claims-cache.js', async (original) => {
  const real = await original<typeof import('../../src/store/claims-cache.js')>();
  return {
    ...real,
    analyzeCached: (path: string, claimsDir: string) => {
      if (path.endsWith('herald.txt')) throw new TypeError(BUG);
      return real.analyzeCached(path, claimsDir);
    },
  };
});

// A batch's exit code (cli/exit-codes.ts): a source that cannot be read is an input error, 2, as
// for `compare`, whatever the gate says (its verdict covers only the pairs compared); a gate that
// tripped, a pair that failed while being compared, or a source whose analysis crashed inside
// crosscheck (not a `UserError`: a bug, not the user's file), is 1.

const ok = entry('e/a--b', ['A', 'B'], { omission: 2 });
const badSide = { path: 'e/c.txt', reason: 'e/c.txt is empty: give the article text' };
const unreadable: PairEntry = { ...entry('e/a--c', ['A', 'c'], {}, [], 'error'), failedSources: [badSide] };
const crashed: PairEntry = { ...entry('e/b--d', ['B', 'D'], {}, [], 'error'), error: 'worker failed: oom' };

describe('a batch summary’s exit code', () => {
  it.each<[string, PairEntry[], FindingKind[], 0 | 1 | 2]>([
    ['every pair compared, no gate', [ok], [], 0],
    ['every pair compared, the gate passed', [ok], ['framing'], 0],
    ['the gate tripped', [ok], ['omission'], 1],
    ['a pair failed while being compared', [ok, crashed], [], 1],
    ['a source could not be read', [ok, unreadable], [], 2],
    ['a source could not be read and the gate tripped', [ok, unreadable], ['omission'], 2],
    ['a source could not be read and a pair failed while compared', [ok, unreadable, crashed], [], 2],
  ])('%s: exit %i', (_name, entries, gate, code) => {
    expect(buildSummary(entries, { formats: ['json'], gate }).exitCode).toBe(code);
  });
});

describe('a batch whose analysis of a source crashes', () => {
  it('fails that source’s pairs as an internal failure (exit 1), not as the user’s input (exit 2)', async () => {
    const root = tempDir();
    cpSync(join(FIXTURE_EVENTS, 'summit-2018-04-27'), join(root, 'sources', 'ev'), { recursive: true });
    const out = join(root, 'out');
    const { io, stdout } = memoryIo();
    const code = await main(
      ['batch', join(root, 'sources'), '--out', out, '--claims', join(root, 'c'), '--jobs', '1'],
      io,
    );
    expect(code).toBe(1);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.exitCode).toBe(1);
    expect(summary.failedSources).toBeUndefined();
    expect(summary.pairs.map((p) => [p.id, p.status, p.failedSources])).toEqual([
      ['ev/courier--herald', 'error', undefined],
    ]);
    expect(summary.pairs[0].error).toContain(BUG);
    expect(stdout()).not.toContain('failed source');
    expect(stdout()).toContain(BUG);
  }, 120_000);
});
