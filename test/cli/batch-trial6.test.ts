import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { OutletProfile } from '../../src/model/profile.js';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { copyEvents, memoryIo, tempDir, tree } from '../batch/helpers.js';

// User trial 6, items 2, 6, 7 and 8, on invented events: the batch fixture events, an event whose
// two sources have the same bytes, and the capped pair (a long storm report and a short one).
const CAPPED = new URL('../fixtures/capped/', import.meta.url).pathname;

function sources(): string {
  const dir = copyEvents();
  cpSync(CAPPED, join(dir, 'storm-2026-03-02'), { recursive: true });
  mkdirSync(join(dir, 'wire-2026-01-01'));
  for (const name of ['one.txt', 'two.txt'])
    cpSync(join(CAPPED, 'short.txt'), join(dir, 'wire-2026-01-01', name));
  return dir;
}

async function batch(args: string[]) {
  const { io, stdout, stderr } = memoryIo();
  const code = await main(['batch', ...args, '--jobs', '1'], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('batch: reports of pairs no longer in the batch (item 6)', () => {
  it('are removed, so a rerun equals a fresh run; files crosscheck did not write stay', async () => {
    const work = tempDir();
    const src = sources();
    const out = join(work, 'out');
    const formats = ['--format', 'json,html,md,csv'];
    await batch([src, '--out', out, '--claims', join(work, 'c1'), ...formats]);
    const event = join(out, 'quake-2020-01-02');
    writeFileSync(join(event, 'notes.txt'), 'mine\n');
    writeFileSync(join(event, 'my--own.json'), '{}\n');
    rmSync(join(src, 'quake-2020-01-02', 'tribune.txt'));
    rmSync(join(src, 'wire-2026-01-01'), { recursive: true });
    const rerun = await batch([src, '--out', out, '--claims', join(work, 'c1'), ...formats]);
    expect(rerun.stderr).toMatch(/removed 12 report\(s\) of pairs no longer in the batch/);
    await batch([src, '--out', join(work, 'fresh'), '--claims', join(work, 'c2'), ...formats]);
    const kept = tree(out);
    expect(kept['quake-2020-01-02/notes.txt']).toBe('mine\n');
    expect(kept['quake-2020-01-02/my--own.json']).toBe('{}\n');
    delete kept['quake-2020-01-02/notes.txt'];
    delete kept['quake-2020-01-02/my--own.json'];
    expect(kept).toEqual(tree(join(work, 'fresh')));
    expect(existsSync(join(out, 'wire-2026-01-01'))).toBe(false);
  });
});

describe('batch: the source path does not depend on how the root was typed (item 8)', () => {
  it('a relative and an absolute root write byte-identical outputs', async () => {
    const work = tempDir();
    const src = sources();
    await batch([src, '--out', join(work, 'abs'), '--claims', join(work, 'c1')]);
    await batch([relative(process.cwd(), src), '--out', join(work, 'rel'), '--claims', join(work, 'c2')]);
    expect(tree(join(work, 'rel'))).toEqual(tree(join(work, 'abs')));
    expect(tree(join(work, 'c2'))).toEqual(tree(join(work, 'c1')));
    const report = json<Report>(join(work, 'abs', 'summit-2018-04-27', 'courier--herald.json'));
    expect(report.sources.a.path).toBe('summit-2018-04-27/courier.txt');
  });
});

describe('batch: byte-identical sources and capped omissions (items 7 and 2)', async () => {
  const work = tempDir();
  const out = join(work, 'out');
  const run = await batch([sources(), '--out', out, '--claims', join(work, 'c'), '--fail-on', 'omission']);
  const summary = json<BatchSummary>(join(out, 'summary.json'));

  it('warns on stderr, in the pair report and in summary.json', () => {
    expect(run.stderr).toContain(
      'crosscheck batch: warning: wire-2026-01-01/one--two: both sources have the same content',
    );
    expect(summary.sameContent).toEqual(['wire-2026-01-01/one--two']);
    const report = json<Report>(join(out, 'wire-2026-01-01', 'one--two.json'));
    expect(report.diagnostics.map((d) => d.code)).toContain('read/duplicate-content');
  });

  it('records the omissions past the cap per pair and in the totals, and the gate says so', () => {
    const entry = summary.pairs.find((e) => e.id === 'storm-2026-03-02/long--short');
    expect(entry?.capped?.omission).toBeGreaterThan(0);
    expect(summary.totals.capped?.omission).toBe(
      summary.pairs.reduce((n, e) => n + (e.capped?.omission ?? 0), 0),
    );
    expect(run.stdout).toMatch(
      /storm-2026-03-02\/long--short: \d+ omission \(\+\d+ past the cap, not in the report\)/,
    );
  });

  it('the outlet profiles count where the cap cut an outlet', () => {
    const { outlets } = json<{ outlets: OutletProfile[] }>(join(out, 'outlets.json'));
    const coast = outlets.find((p) => p.outlet === 'Coast Courier');
    const storm = json<Report>(join(out, 'storm-2026-03-02', 'long--short.json'));
    expect(coast?.omitsCapped).toEqual({
      pairs: 1,
      beyond: storm.capped?.[0].beyond,
      confident: storm.capped?.[0].confident,
    });
    expect(readFileSync(join(out, 'outlets.html'), 'utf8')).toContain(
      'Coast Courier: capped in 1 of 3 pairs',
    );
    // User trial 10, item 4: the note says how to list the candidates past the cap.
    expect(readFileSync(join(out, 'outlets.html'), 'utf8')).toContain(
      '<code>--omission-cap all</code> to list them all',
    );
  });
});
