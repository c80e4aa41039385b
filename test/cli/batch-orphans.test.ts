import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// Review of ux6, items 2 and 3: a rerun removes the reports of pairs no longer in the batch, but
// never one that may still be wanted, and a removal that fails does not stop the batch.

async function batch(src: string, out: string, claims: string) {
  const { io, stderr } = memoryIo();
  const code = await main(
    ['batch', src, '--out', out, '--claims', claims, '--format', 'json,md', '--jobs', '1'],
    io,
  );
  return { code, stderr: stderr() };
}

/** A batch run once over the fixture events; returns its folders. */
async function firstRun() {
  const work = tempDir();
  const src = copyEvents();
  const out = join(work, 'out');
  const claims = join(work, 'claims');
  const first = await batch(src, out, claims);
  expect(first.code, first.stderr).toBe(0);
  const quake = join(out, 'quake-2020-01-02');
  return { work, src, out, claims, quake, again: () => batch(src, out, claims) };
}

describe('batch: reports of pairs no longer in the batch are removed with care', () => {
  it('keeps the reports of a source skipped in this run (a link to nothing)', async () => {
    const run = await firstRun();
    const tribune = join(run.src, 'quake-2020-01-02', 'tribune.txt');
    rmSync(tribune);
    symlinkSync(join(run.work, 'moved-away.txt'), tribune);
    const rerun = await run.again();
    expect(rerun.stderr).toContain('skipped');
    expect(rerun.stderr).not.toContain('removed');
    expect(existsSync(join(run.quake, 'courier--tribune.json'))).toBe(true);
    expect(existsSync(join(run.quake, 'herald--tribune.md'))).toBe(true);
  });

  it('keeps a report the user edited, with one line, and removes the others', async () => {
    const run = await firstRun();
    appendFileSync(join(run.quake, 'herald--tribune.md'), 'my notes: checked by hand\n');
    rmSync(join(run.src, 'quake-2020-01-02', 'tribune.txt'));
    const rerun = await run.again();
    expect(rerun.code).toBe(0);
    expect(rerun.stderr.match(/kept .*herald--tribune\.md: changed/g)).toHaveLength(1);
    expect(existsSync(join(run.quake, 'herald--tribune.md'))).toBe(true);
    expect(existsSync(join(run.quake, 'herald--tribune.json'))).toBe(false);
    expect(existsSync(join(run.quake, 'courier--tribune.md'))).toBe(false);
  });

  it('removes nothing when another input writes into the same --out, and says so in one line', async () => {
    const run = await firstRun();
    const other = join(tempDir(), 'other');
    mkdirSync(other);
    renameSync(join(run.src, 'summit-2018-04-27'), join(other, 'summit-2018-04-27'));
    const rerun = await batch(other, run.out, run.claims);
    expect(rerun.code).toBe(0);
    expect(
      rerun.stderr.match(/left 6 report\(s\) .*another input \(sources\).*delete them by hand/g),
    ).toHaveLength(1);
    expect(existsSync(join(run.quake, 'courier--tribune.json'))).toBe(true);
    const summary = JSON.parse(readFileSync(join(run.out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.root).toBe('other');
  });

  it('a report it cannot remove (a folder now) is named; the batch finishes with its own exit code', async () => {
    const run = await firstRun();
    rmSync(join(run.quake, 'courier--tribune.md'));
    mkdirSync(join(run.quake, 'courier--tribune.md'));
    rmSync(join(run.src, 'quake-2020-01-02', 'tribune.txt'));
    const rerun = await run.again();
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/could not remove .*courier--tribune\.md \(EISDIR\)/);
    expect(rerun.stderr).toMatch(/removed 3 report\(s\)/);
  });

  it('never removes a planned report, after a source is renamed in another case', async () => {
    const run = await firstRun();
    const event = join(run.src, 'quake-2020-01-02');
    renameSync(join(event, 'tribune.txt'), join(event, 'Tribune.txt'));
    const rerun = await run.again();
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(run.out, 'summary.json'), 'utf8')) as BatchSummary;
    const files = summary.pairs.flatMap((p) => p.files);
    expect(files).toContain('quake-2020-01-02/Tribune--courier.json');
    for (const file of files) expect(existsSync(join(run.out, file)), file).toBe(true);
  });
});
