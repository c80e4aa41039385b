import { describe, expect, it } from 'vitest';
import { type OrphanInput, orphanReports } from '../../src/batch/orphans.js';
import type { PairEntry } from '../../src/model/summary.js';

// orphanReports on invented plans: which reports of pairs no longer planned a rerun may remove.

const entry = (id: string): PairEntry =>
  ({ id, event: id.split('/')[0], files: [`${id}.json`], hashes: ['0123456789abcdef'] }) as PairEntry;

function input(previousIds: string[], sources: string[], more: Partial<OrphanInput> = {}): OrphanInput {
  const planned = sources.map((id) => ({ id, path: `/in/ev/${id}.txt` }));
  const pairs = planned.flatMap((a, i) =>
    planned.slice(i + 1).map((b) => ({ id: `ev/${a.id}--${b.id}`, event: 'ev', a, b })),
  );
  return {
    outDir: '/out',
    plan: { root: '/in', events: [{ name: 'ev', sources: planned }], pairs, skipped: [] },
    previous: new Map(previousIds.map((id) => [id, entry(id)])),
    previousRoot: 'in',
    caseInsensitive: false,
    ...more,
  };
}

const removed = (i: OrphanInput) => orphanReports(i).remove.map((r) => r.file);

describe('orphanReports', () => {
  it.each<[string, OrphanInput, string[]]>([
    ['a removed source', input(['ev/a--b', 'ev/a--c'], ['a', 'b']), ['ev/a--c.json']],
    [
      'a case-renamed source, where the file system folds case',
      input(['ev/Fox--nyt'], ['fox', 'nyt'], { caseInsensitive: true }),
      [],
    ],
    [
      'a case-renamed source, where it does not',
      input(['ev/Fox--nyt'], ['fox', 'nyt']),
      ['ev/Fox--nyt.json'],
    ],
    ['an --out that is the input folder', input(['ev/a--c'], ['a', 'b'], { outDir: '/in' }), []],
    ['another input root', input(['ev/a--c'], ['a', 'b'], { previousRoot: 'data' }), []],
    [
      'a summary without a root (before 0.7)',
      input(['ev/a--c'], ['a', 'b'], { previousRoot: undefined }),
      [],
    ],
  ])('%s', (_name, given, expected) => {
    expect(removed(given)).toEqual(expected);
  });

  it('counts what it leaves for another input root', () => {
    const sweep = orphanReports(input(['ev/a--c', 'ev/b--c'], ['a', 'b'], { previousRoot: 'data' }));
    expect(sweep.otherRoot).toEqual({ count: 2, root: 'data' });
  });
});
