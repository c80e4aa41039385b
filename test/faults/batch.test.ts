import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJobs } from '../../src/cli/commands/batch-request.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { run } from '../cli/run.js';
import { article, expectOneLine, tempDir, writeTree } from './helpers.js';

/** A sources folder with one event of two small articles (plus `extra` files), and an --out path. */
function setup(extra: Record<string, string> = {}, event = 'ev') {
  const root = tempDir();
  writeTree(join(root, 'sources'), {
    [`${event}/a.txt`]: article('Alpha', 'Ten people died in the city on Monday, officials said.'),
    // A killer named, so that died / killed is framing (compare/framing-check-no-doer) and the CSV has a row.
    [`${event}/b.txt`]: article('Beta', 'Troops killed twelve people in the city on Monday.'),
    ...extra,
  });
  return { sources: join(root, 'sources'), out: join(root, 'out'), claims: join(root, 'claims'), root };
}

const batch = (s: ReturnType<typeof setup>, ...more: string[]) =>
  run(['batch', s.sources, '--out', s.out, '--claims', s.claims, '--jobs', '1', ...more]);
const summaryOf = (out: string) =>
  JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

describe('fault matrix: batch (issue 12)', () => {
  it.each([
    [
      "ids that clash through '--' (row 3)",
      { 'ev/a--b.txt': article('X'), 'ev/c.txt': article('Y'), 'ev/b--c.txt': article('Z') },
      /would share the id ev\/a--b--c/,
    ],
    ['x.txt beside x.md (row 3)', { 'ev/a.md': article('Alpha again') }, /share the source id 'a'/],
  ])('refuses %s with one line', async (_what, extra, message) => {
    const s = setup(extra);
    expectOneLine(await batch(s), message);
    expect(existsSync(join(s.out, 'summary.json'))).toBe(false);
  });

  it('skips a FIFO and a dangling link with a line each, and compares the rest (rows 4, 6)', async () => {
    const s = setup();
    execFileSync('mkfifo', [join(s.sources, 'ev/fifo.txt')]);
    execFileSync('ln', ['-s', join(s.root, 'gone.txt'), join(s.sources, 'ev/link.txt')]);
    const { code, stderr } = await batch(s);
    expect(stderr).toMatch(/skipped .*fifo\.txt: not a regular file/);
    expect(stderr).toMatch(/skipped .*link\.txt: a link to nothing/);
    expect(code).toBe(0);
    expect(summaryOf(s.out).pairs.map((p) => p.id)).toEqual(['ev/a--b']);
  });

  it.each([
    ['under /proc (row 4)', () => '/proc/crosscheck-x', /cannot create the folder \/proc\/crosscheck-x/],
    [
      'naming a file (row 6)',
      (root: string) => writeTree(root, { 'f.txt': 'x' }) && join(root, 'f.txt'),
      /is a file/,
    ],
  ])('an unusable --out %s exits 2 for batch and merge', async (_what, outOf, message) => {
    const s = setup();
    const out = outOf(s.root);
    expectOneLine(await run(['batch', s.sources, '--out', out, '--jobs', '1']), message);
    expect((await batch(s)).code).toBe(0);
    expectOneLine(await run(['merge', s.out, '--out', out]), message);
  });

  it('a --claims folder that is a file stops the batch with one line (row 6)', async () => {
    const s = setup();
    writeTree(s.root, { 'claims-file': 'x' });
    const result = await run([
      'batch',
      s.sources,
      '--out',
      s.out,
      '--claims',
      join(s.root, 'claims-file'),
      '--jobs',
      '1',
    ]);
    expectOneLine(result, /cannot use .*claims-file\/ev as a folder: .*claims-file is a file/);
  });

  it('reruns a pair whose report was cut short, and --force reruns all (row 7)', async () => {
    const s = setup();
    expect((await batch(s)).code).toBe(0);
    const json = join(s.out, 'ev/a--b.json');
    writeFileSync(json, readFileSync(json, 'utf8').slice(0, 100));
    expect((await batch(s)).stdout).toMatch(/1 compared, 0 up to date/);
    expect(JSON.parse(readFileSync(json, 'utf8')).pair.id).toBe('ev/a--b');
    expect((await batch(s)).stdout).toMatch(/0 compared, 1 up to date/);
    expect((await batch(s, '--force')).stdout).toMatch(/1 compared, 0 up to date/);
  });

  it('treats a claims file edited by hand as stale (row 7)', async () => {
    const s = setup();
    await batch(s);
    const path = join(s.claims, 'ev/a.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.claims[0].start += 1;
    file.claims[0].end += 1;
    writeFileSync(path, JSON.stringify(file));
    rmSync(s.out, { recursive: true });
    const { code } = await batch(s);
    expect(code).toBe(0);
    expect((await run(['validate', join(s.out, 'ev/a--b.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).claims[0].start).toBe(file.claims[0].start - 1);
  });

  it('merge refuses shards of another version or an incomplete set (row 9)', async () => {
    const s = setup({ 'ev/c.txt': article('Gamma'), 'ev/d.txt': article('Delta') });
    const shard = (k: number) =>
      run([
        'batch',
        s.sources,
        '--out',
        join(s.root, `s${k}`),
        '--claims',
        s.claims,
        '--jobs',
        '1',
        '--shard',
        `${k}/2`,
      ]);
    await shard(1);
    await shard(2);
    const merged = join(s.root, 'merged');
    expectOneLine(await run(['merge', join(s.root, 's1'), '--out', merged]), /shard\(s\) 2\/2 missing/);
    const other = join(s.root, 's2/summary.json');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/"version": "[^"]+"/, '"version": "0.0.1"'));
    expectOneLine(
      await run(['merge', join(s.root, 's1'), join(s.root, 's2'), '--out', merged]),
      /written by crosscheck 0\.0\.1/,
    );
  });

  it('caps --jobs at the cores with a notice (row 10)', () => {
    const notes: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => notes.push(t), env: {}, isTTY: false };
    expect(parseJobs('1000', io, 2)).toBe(2);
    expect(notes.join('')).toMatch(/--jobs 1000 is more than the 2 core\(s\) here; using 2/);
    expect(parseJobs('2', io, 2)).toBe(2);
    expect(notes).toHaveLength(1);
  });

  it.each([
    [1, 1],
    [2, 1],
    [4, 3],
  ])(
    'without --jobs, %i core(s) run %i job(s): one core is left to the main thread and V8',
    (cores, jobs) => {
      expect(parseJobs(undefined, undefined, cores)).toBe(jobs);
    },
  );

  it('defuses a formula in the pair column of the CSV (row 12)', async () => {
    const s = setup({}, '=HYPERLINK("evil.example")');
    expect((await batch(s, '--format', 'csv')).code).toBe(0);
    const [file] = readdirSync(join(s.out, '=HYPERLINK("evil.example")'));
    const rows = readFileSync(join(s.out, '=HYPERLINK("evil.example")', file), 'utf8')
      .split('\r\n')
      .slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^"'=HYPERLINK/);
  });

  it('refuses a second batch into a folder another one is writing, takes over a dead one’s lock (row 13)', async () => {
    const s = setup();
    writeTree(s.out, { '.crosscheck.lock': `${process.pid}\n` });
    expectOneLine(await batch(s), /is being written by another crosscheck \(process \d+\)/);
    const dead = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeTree(s.out, { '.crosscheck.lock': `${dead}\n` });
    expect((await batch(s)).code).toBe(0);
    expect(existsSync(join(s.out, '.crosscheck.lock'))).toBe(false);
  });
});
