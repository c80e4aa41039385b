import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../src/corpus/index.js';
import { GROUP_DEFAULTS, groupCorpus } from '../../src/group/index.js';
import { readSource } from '../../src/pipeline.js';
import { run } from '../cli/run.js';
import { sourceRows, writeJsonl } from './corpus-from-sources.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-group-'));
const rows = sourceRows();
const options = { ...GROUP_DEFAULTS, columns: DEFAULT_COLUMNS };

/** Items i and j share a label in `a` exactly when they share one in `b`. */
function samePartition(a: string[], b: string[]): boolean {
  return a.every((_, i) => a.every((__, j) => (a[i] === a[j]) === (b[i] === b[j])));
}

describe('groupCorpus', () => {
  it('finds the events of the repo sources by content alone (dates removed), whatever the order', async () => {
    const undated = rows.map(({ published: _, ...row }) => row);
    const forward = await groupCorpus(writeJsonl(join(dir, 'fwd.jsonl'), undated), options);
    expect(forward.skipped).toEqual([]);
    expect(
      samePartition(
        forward.events,
        undated.map((r) => r.folder),
      ),
    ).toBe(true);
    const backward = await groupCorpus(writeJsonl(join(dir, 'bwd.jsonl'), [...undated].reverse()), options);
    expect([...backward.events].reverse()).toEqual(forward.events);
  });

  it('keeps an event a row names, and separates stories outside the date window', async () => {
    const shifted = rows.map((row, i) => (i === 0 ? { ...row, published: '2001-01-01' } : row));
    const named = shifted.map((row, i) => (i === 1 ? { ...row, event: 'mine' } : row));
    const { events } = await groupCorpus(writeJsonl(join(dir, 'named.jsonl'), named), options);
    expect(events[1]).toBe('mine');
    expect(events[0]).toMatch(/^2001-01-01-[0-9a-f]{8}$/);
    expect(events.filter((e) => e === events[0])).toHaveLength(1);
  });
});

describe('crosscheck group', () => {
  it('writes CSV back as CSV with an event column, every usable row in order, bad rows named', async () => {
    const header = 'outlet,published,title,text\n';
    const csv = rows.map((r) =>
      [r.outlet, r.published, r.title ?? '', r.text]
        .map((v) => `"${(v ?? '').replace(/"/g, '""')}"`)
        .join(','),
    );
    writeFileSync(join(dir, 'in.csv'), `${header}${csv.join('\n')}\nshort row\n`);
    const result = await run(['group', join(dir, 'in.csv'), '--out', join(dir, 'out.csv')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /10 article\(s\) in 3 event\(s\) \(3 made by grouping\), 1 row\(s\) skipped/,
    );
    expect(result.stdout).toMatch(/skipped line \d+: Invalid Record Length/);
    const back = parse(readFileSync(join(dir, 'out.csv')), { columns: true }) as Record<string, string>[];
    expect(back.map((r) => r.text)).toEqual(rows.map((r) => r.text));
    expect(
      samePartition(
        back.map((r) => r.event),
        rows.map((r) => r.folder),
      ),
    ).toBe(true);
  });

  it('lays out DIR/<event>/<outlet>.txt whose text and metadata read back as the source', async () => {
    const layout = join(dir, 'layout');
    const result = await run(['group', writeJsonl(join(dir, 'l.jsonl'), rows), '--layout', layout]);
    expect(result.code).toBe(0);
    const files = readdirSync(layout, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.txt'),
    );
    expect(files).toHaveLength(rows.length);
    const read = files.map((f) => readSource(join(layout, f)));
    for (const row of rows) {
      const match = read.find((source) => source.text === row.text);
      expect(match?.meta).toMatchObject({ outlet: row.outlet, published: row.published });
    }
    // A second run replaces the folder it wrote; a folder it did not write is refused.
    expect((await run(['group', join(dir, 'l.jsonl'), '--layout', layout])).code).toBe(0);
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'keep.txt'), 'x');
    const refused = await run(['group', join(dir, 'l.jsonl'), '--layout', join(dir, 'mine')]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      expect.stringMatching(/did not write.*name a new or empty folder\n$/),
    ]);
    expect(existsSync(join(dir, 'mine', 'keep.txt'))).toBe(true);
  });

  it.each([
    [
      'nothing usable',
      ['{"outlet":"x"}\n'],
      /has no usable article: 1 row\(s\) skipped \(first: line 1: no text/,
    ],
    ['no target', null, /group needs somewhere to write/],
  ])('exits 2 with one line: %s', async (_, lines, message) => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, (lines ?? ['{"outlet":"x","text":"y"}\n']).join(''));
    const args = lines ? ['group', path, '--out', join(dir, 'never.jsonl')] : ['group', path];
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'never.jsonl'))).toBe(false);
  });
});
