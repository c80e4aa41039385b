import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FINDING_KINDS } from '../../src/model/finding.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { assertReportFiles } from '../assert-report.js';
import { copyEvents, memoryIo, tempDir, tree } from '../batch/helpers.js';

const SAMPLE = new URL('../../sources/astana-2018-05-14/', import.meta.url).pathname;

/** The fixture events plus the project's sample event. */
function sources(): string {
  const dir = copyEvents();
  cpSync(SAMPLE, join(dir, 'astana-2018-05-14'), { recursive: true });
  return dir;
}

async function batch(args: string[]) {
  const { io, stdout, stderr } = memoryIo();
  const code = await main(['batch', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

function summaryOf(out: string): BatchSummary {
  return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
}

describe('crosscheck batch: bad input', () => {
  const root = tempDir();
  mkdirSync(join(root, 'empty'));
  const events = copyEvents();
  it.each([
    ['a missing folder', [join(root, 'missing')], 'does not exist'],
    ['a folder with no events', [join(root, 'empty')], 'holds no event folder'],
    ['a bad --shard', [events, '--shard', '5/4'], "--shard '5/4'"],
    ['a bad --fail-on', [events, '--fail-on', 'divergence,nonsense'], "unknown finding kind 'nonsense'"],
    ['a bad --format', [events, '--format', 'json,pdf'], "unknown format 'pdf'"],
    ['a bad --jobs', [events, '--jobs', '0'], "--jobs '0'"],
  ])('%s: one line and exit 2', async (_name, args, message) => {
    const { code, stderr, stdout } = await batch([...args, '--out', join(root, 'out')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});

describe('crosscheck batch', () => {
  const dir = sources();
  const work = tempDir();
  const single = join(work, 'single');
  let first: Awaited<ReturnType<typeof batch>>;

  beforeAll(async () => {
    first = await batch([dir, '--out', single, '--claims', join(work, 'claims1'), '--jobs', '1']);
  }, 120_000);

  it('writes every pair, index.html and summary.json, and exits as summary.json says', () => {
    const summary = summaryOf(single);
    expect(assertReportFiles(single)).toHaveLength(summary.totals.ok);
    expect(summary.pairs.map((p) => p.id)).toEqual([
      'astana-2018-05-14/presstv--wire',
      'quake-2020-01-02/courier--herald',
      'quake-2020-01-02/courier--tribune',
      'quake-2020-01-02/herald--tribune',
      'summit-2018-04-27/courier--herald',
    ]);
    const files = Object.keys(tree(single));
    for (const pair of summary.pairs.filter((p) => p.status === 'ok')) {
      expect(pair.files).toEqual([`${pair.id}.json`, `${pair.id}.html`]);
      for (const file of pair.files) expect(files).toContain(file);
    }
    expect(files).toContain('index.html');
    expect(first.code).toBe(summary.exitCode);
    expect(first.stdout).toContain(`result: ${summary.exitCode === 0 ? 'ok' : 'FAILED'}`);
  });

  it('writes byte-identical outputs whatever --jobs', async () => {
    const parallel = join(work, 'parallel');
    await batch([dir, '--out', parallel, '--claims', join(work, 'claims2'), '--jobs', '2']);
    expect(tree(parallel)).toEqual(tree(single));
  }, 120_000);

  it('4 shards merged equal a single run, byte for byte', async () => {
    const shards = [1, 2, 3, 4].map((k) => join(work, `shard-${k}`));
    for (const [i, out] of shards.entries()) {
      await batch([dir, '--out', out, '--claims', join(work, 'claims1'), '--shard', `${i + 1}/4`]);
    }
    const counts = shards.map((out) => summaryOf(out).pairs.length);
    expect(counts.reduce((x, y) => x + y)).toBe(5);
    const merged = join(work, 'merged');
    const { io } = memoryIo();
    const code = await main(['merge', ...shards, '--out', merged], io);
    expect(code).toBe(summaryOf(single).exitCode);
    expect(tree(merged)).toEqual(tree(single));
  }, 120_000);

  it('a rerun skips pairs that are up to date and redoes those whose source changed', async () => {
    const again = await batch([dir, '--out', single, '--claims', join(work, 'claims1')]);
    const ok = summaryOf(single).totals.ok;
    expect(again.stdout).toContain(`${5 - ok} compared, ${ok} up to date`);
    const before = tree(single);
    const path = join(dir, 'summit-2018-04-27', 'courier.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2,800', '2,900'));
    const third = await batch([dir, '--out', single, '--claims', join(work, 'claims1')]);
    const redone = 5 - ok + (summaryOf(single).pairs.at(-1)?.status === 'ok' ? 1 : 0);
    expect(third.stdout).toContain(`${redone} compared, ${5 - redone} up to date`);
    expect(tree(single)['quake-2020-01-02/courier--herald.json']).toBe(
      before['quake-2020-01-02/courier--herald.json'],
    );
  }, 120_000);

  it('--fail-on exits 1, names the pairs and findings, and records the gate in summary.json', async () => {
    const totals = summaryOf(single).totals.findings;
    const kind = FINDING_KINDS.filter((k) => k !== 'agreement').find((k) => totals[k] > 0) ?? 'omission';
    const out = join(work, 'gated');
    const gated = await batch([dir, '--out', out, '--claims', join(work, 'claims1'), '--fail-on', kind]);
    const summary = summaryOf(out);
    expect(summary.gate.kinds).toEqual([kind]);
    expect(summary.gate.tripped).toBe(true);
    expect(gated.code).toBe(1);
    expect(summary.exitCode).toBe(1);
    expect(gated.stdout).toContain(
      `gate --fail-on ${kind}: FAILED, tripped by ${summary.gate.trips.length} pair(s)`,
    );
    for (const trip of summary.gate.trips)
      expect(gated.stdout).toContain(`  ${trip.pair}: ${trip.counts[kind]} ${kind}`);
    expect(gated.stdout).toMatch(/result: FAILED, .*the --fail-on gate tripped \(exit 1\)\n$/);
  }, 120_000);

  it('--fail-on counts the findings reports show; --gate-hidden counts hidden ones too (user trial 3)', async () => {
    const pairs = summaryOf(single).pairs;
    const hiddenOnly = (k: (typeof FINDING_KINDS)[number]) =>
      pairs.find((p) => p.status === 'ok' && p.counts[k] === 0 && p.all[k] > 0);
    const kind = FINDING_KINDS.find((k) => hiddenOnly(k) !== undefined);
    expect(kind).toBeDefined();
    const pair = hiddenOnly(kind ?? 'agreement')?.id;
    const args = [dir, '--claims', join(work, 'claims1'), '--fail-on', kind ?? ''];
    await batch([...args, '--out', join(work, 'shown-gate')]);
    const run = await batch([...args, '--out', join(work, 'hidden-gate'), '--gate-hidden']);
    const [shown, hidden] = [summaryOf(join(work, 'shown-gate')), summaryOf(join(work, 'hidden-gate'))];
    expect(shown.gate.trips.map((t) => t.pair)).not.toContain(pair);
    expect(hidden.gate.trips.map((t) => t.pair)).toContain(pair);
    expect(hidden.gate.hidden).toBe(true);
    // User trial 21, item 11: the hidden findings that tripped it are named, as shown ones are.
    const brief = hidden.pairs.find((p) => p.id === pair)?.topHidden?.find((f) => f.kind === kind);
    expect(run.stdout).toContain(`  ${pair}: `);
    expect(run.stdout).toContain(`    ${brief?.id} ${kind} (hidden): ${brief?.explanation}\n`);
  }, 120_000);

  it('one bad source fails its pairs only, recorded in the index and summary.json, exit 2', async () => {
    const broken = sources();
    writeFileSync(join(broken, 'quake-2020-01-02', 'herald.txt'), '');
    const out = join(work, 'broken');
    const run = await batch([broken, '--out', out, '--claims', join(work, 'claims3')]);
    const summary = summaryOf(out);
    const failed = summary.pairs.filter((p) => p.status === 'error').map((p) => p.id);
    expect(failed).toEqual(
      expect.arrayContaining(['quake-2020-01-02/courier--herald', 'quake-2020-01-02/herald--tribune']),
    );
    expect(summary.pairs.find((p) => p.id === 'quake-2020-01-02/herald--tribune')?.error).toContain('herald');
    expect(summary.exitCode).toBe(2);
    expect(run.code).toBe(2);
    // One line for the source, not one per pair it is in (user trial 7, item 6).
    expect(run.stdout).toContain('failed source quake-2020-01-02/herald.txt: ');
    expect(run.stdout).toContain('; its 2 pair(s) were not compared');
    expect(run.stdout).not.toContain('failed quake-2020-01-02/courier--herald');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('error: source herald:');
  }, 120_000);
});
