import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { main } from '../../src/cli/main.js';
import { parseOmissionCap } from '../../src/cli/omission-cap.js';
import { UserError } from '../../src/errors.js';
import { analyzeFile, compareSources } from '../../src/index.js';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { checkOmissionCap } from '../../src/omission-cap.js';
import { memoryIo, tempDir, tree } from '../batch/helpers.js';

// `--omission-cap N|all` on `compare` and `batch`, and `merge` of shards, on the invented capped pair
// (test/fixtures/capped: a long storm report and a two-sentence one, more omissions than 5).
const CAPPED = new URL('../fixtures/capped/', import.meta.url).pathname;
const LONG = join(CAPPED, 'long.txt');
const SHORT = join(CAPPED, 'short.txt');

async function cli(args: string[]) {
  const { io, stdout, stderr } = memoryIo();
  const code = await main(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const omissions = (report: Report) => report.findings.filter((f) => f.kind === 'omission').length;

/** One event holding the capped pair, in a fresh folder. */
function stormEvent(): string {
  const dir = join(tempDir(), 'sources');
  cpSync(CAPPED, join(dir, 'storm-2026-03-02'), { recursive: true });
  return dir;
}

describe('parseOmissionCap', () => {
  it.each([
    [undefined, 5],
    ['1', 1],
    ['5', 5],
    ['20', 20],
    [' 7 ', 7],
    ['all', 'all'],
  ])('%j → %j', (text, expected) => {
    expect(parseOmissionCap(text)).toBe(expected);
  });

  it.each(['0', '-1', 'x', '', '2.5', '1e3', 'ALL', '99999999999999999999'])('rejects %j', (text) => {
    expect(() => parseOmissionCap(text)).toThrow(UserError);
  });
});

describe('compare --omission-cap', () => {
  it.each([
    [['--omission-cap=0'], "--omission-cap '0'"],
    [['--omission-cap', '0'], "--omission-cap '0'"],
    [['--omission-cap=-1'], "--omission-cap '-1'"],
    // Node's parseArgs calls a value starting with '-' ambiguous: the line names the value.
    [['--omission-cap', '-1'], "--omission-cap '-1'"],
    [['--omission-cap'], '--omission-cap needs a value'],
    [['--omission-cap', 'x'], "--omission-cap 'x'"],
  ])('%j is a usage error: one line naming the flag and the fix, exit 2', async (flag, names) => {
    const out = join(tempDir(), 'r.json');
    const { code, stderr } = await cli(['compare', LONG, SHORT, ...flag, '--json', out]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(names);
    expect(stderr).toMatch(/e\.g\. --omission-cap 20/);
    expect(existsSync(out)).toBe(false);
  });

  it('all keeps every omission the default cap cuts, and the report holds no omission cut', async () => {
    const dir = tempDir();
    await cli(['compare', LONG, SHORT, '--json', join(dir, 'five.json')]);
    await cli(['compare', LONG, SHORT, '--omission-cap', 'all', '--json', join(dir, 'all.json')]);
    await cli(['compare', LONG, SHORT, '--omission-cap', '2', '--md', join(dir, 'two.md')]);
    const [five, all] = [json<Report>(join(dir, 'five.json')), json<Report>(join(dir, 'all.json'))];
    const cut = five.capped?.find((c) => c.kind === 'omission');
    expect(cut).toMatchObject({ cap: 5, side: 'b' });
    expect(omissions(all)).toBe(omissions(five) + (cut?.beyond ?? 0));
    expect(omissions(all)).toBeGreaterThan(omissions(five));
    expect(all.capped?.filter((c) => c.kind === 'omission') ?? []).toEqual([]);
    // The Markdown's capped line names the cap the report was cut at.
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toMatch(/past the cap of 2 per omitting side/);
  });
});

describe('batch and merge --omission-cap', () => {
  it('batch refuses a bad cap before it writes anything', async () => {
    const out = join(tempDir(), 'out');
    const { code, stderr } = await cli(['batch', stormEvent(), '--out', out, '--omission-cap', 'x']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^crosscheck: --omission-cap 'x' is not a whole number[^\n]*\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('a rerun with another cap compares again, and summary.json records the cap', async () => {
    const work = tempDir();
    const [src, out] = [stormEvent(), join(work, 'out')];
    const args = [src, '--out', out, '--claims', join(work, 'claims'), '--jobs', '1'];
    const first = await cli(['batch', ...args]);
    expect(first.stdout).toMatch(/1 compared, 0 up to date/);
    expect(json<BatchSummary>(join(out, 'summary.json')).omissionCap).toBeUndefined();
    const same = await cli(['batch', ...args]);
    expect(same.stdout).toMatch(/0 compared, 1 up to date/);
    const lifted = await cli(['batch', ...args, '--omission-cap', 'all']);
    expect(lifted.stdout).toMatch(/1 compared, 0 up to date/);
    const summary = json<BatchSummary>(join(out, 'summary.json'));
    expect(summary.omissionCap).toBe('all');
    expect(summary.totals.capped?.omission).toBeUndefined();
    expect(readFileSync(join(out, 'outlets.html'), 'utf8')).toMatch(/omission cap was lifted/);
  });

  it('merge refuses shards run with different caps', async () => {
    const work = tempDir();
    const src = stormEvent();
    cpSync(join(src, 'storm-2026-03-02'), join(src, 'storm-2026-03-03'), { recursive: true });
    const shard = (k: number, cap: string) =>
      cli(
        ['batch', src, '--out', join(work, `s${k}`), '--claims', join(work, 'claims'), '--jobs', '1'].concat([
          '--shard',
          `${k}/2`,
          '--omission-cap',
          cap,
        ]),
      );
    await shard(1, '5');
    await shard(2, 'all');
    const merged = await cli(['merge', join(work, 's2'), join(work, 's1'), '--out', join(work, 'm')]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/different --omission-cap \(5, all\)/);
    // Refused before anything is written: no --out folder is left behind.
    expect(existsSync(join(work, 'm'))).toBe(false);
    await shard(1, 'all');
    const agreed = await cli(['merge', join(work, 's1'), join(work, 's2'), '--out', join(work, 'm')]);
    expect(agreed.code).toBe(0);
    expect(json<BatchSummary>(join(work, 'm', 'summary.json')).omissionCap).toBe('all');
  });

  it('gives byte-identical outputs whatever the jobs (workers carry the cap)', async () => {
    const work = tempDir();
    const src = stormEvent();
    cpSync(join(src, 'storm-2026-03-02'), join(src, 'storm-2026-03-03'), { recursive: true });
    const quiet = { write: () => {}, live: false };
    const batch = (jobs: number, name: string) =>
      runBatch(
        {
          sourcesDir: src,
          outDir: join(work, name),
          claimsDir: join(work, `claims-${name}`),
          formats: ['json', 'md'],
          jobs,
          failOn: [],
          omissionCap: 'all',
          minPairsPerWorker: 1,
        },
        quiet,
      );
    await batch(1, 'one');
    await batch(2, 'two');
    expect(tree(join(work, 'two'))).toEqual(tree(join(work, 'one')));
    const report = json<Report>(join(work, 'one', 'storm-2026-03-02', 'long--short.json'));
    expect(report.capped?.filter((c) => c.kind === 'omission') ?? []).toEqual([]);
  });

  it('merges a shard run without the flag with one run with --omission-cap 5', async () => {
    const work = tempDir();
    const src = stormEvent();
    cpSync(join(src, 'storm-2026-03-02'), join(src, 'storm-2026-03-03'), { recursive: true });
    const run = (out: string, extra: string[]) =>
      cli([
        'batch',
        src,
        '--out',
        join(work, out),
        '--claims',
        join(work, 'claims'),
        '--jobs',
        '1',
        ...extra,
      ]);
    await run('s1', ['--shard', '1/2']);
    await run('s2', ['--shard', '2/2', '--omission-cap', '5']);
    await run('whole', []);
    const merged = await cli(['merge', join(work, 's1'), join(work, 's2'), '--out', join(work, 'm')]);
    expect(merged.code).toBe(0);
    expect(readFileSync(join(work, 'm', 'summary.json'), 'utf8')).toBe(
      readFileSync(join(work, 'whole', 'summary.json'), 'utf8'),
    );
  });
});

// Review of cap9, item 1: the library checks the cap as the CLI does, before anything is written.
describe('the library refuses a cap the CLI would refuse', () => {
  const bad: unknown[] = [0, -1, 2.5, Number.NaN, 'ALL', '3'];
  it.each(bad)('checkOmissionCap(%j) is a bad-usage error', (cap) => {
    expect(() => checkOmissionCap(cap)).toThrow(UserError);
  });

  it.each([1, 20, 'all'])('checkOmissionCap(%j) is that cap', (cap) => {
    expect(checkOmissionCap(cap)).toBe(cap);
  });

  it('compareSources and runBatch throw it, and a batch writes nothing', async () => {
    const a = analyzeFile(LONG);
    const b = analyzeFile(SHORT);
    expect(() => compareSources(a, b, { omissionCap: 0 })).toThrow(/omission cap 0 is not/);
    const out = join(tempDir(), 'out');
    const quiet = { write: () => {}, live: false };
    const batch = runBatch(
      {
        sourcesDir: stormEvent(),
        outDir: out,
        claimsDir: join(out, '..', 'claims'),
        formats: ['json'],
        jobs: 1,
        failOn: [],
        omissionCap: 2.5,
      },
      quiet,
    );
    await expect(batch).rejects.toThrow(/omission cap 2\.5 is not/);
    expect(existsSync(out)).toBe(false);
  });
});
