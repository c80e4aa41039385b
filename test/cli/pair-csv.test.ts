import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model/report.js';
import type { Span } from '../../src/model/span.js';
import { findingRows } from '../../src/report/finding-table.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

/** Runs a batch of the fixture events in these formats and returns its output folder. */
async function batchInto(format: string): Promise<string> {
  const sources = copyEvents();
  const work = tempDir();
  const out = join(work, 'out');
  const args = [
    'batch',
    sources,
    '--out',
    out,
    '--claims',
    join(work, 'c'),
    '--format',
    format,
    '--jobs',
    '1',
  ];
  expect(await main(args, memoryIo().io)).toBe(0);
  return out;
}

// User trial 6: the per-pair CSV had other columns than the batch's findings.csv, and no confidence.
it("a pair's CSV holds the header and the rows of the batch's findings.csv for that pair", async () => {
  const out = await batchInto('json,csv');
  const [header, ...rows] = readFileSync(join(out, 'findings.csv'), 'utf8').split('\r\n');
  expect(header).toContain(',confidence,');
  const pair = 'quake-2020-01-02/courier--herald';
  const own = readFileSync(join(out, `${pair}.csv`), 'utf8').split('\r\n');
  expect(own[0]).toBe(header);
  const mine = rows.filter((row) => row.startsWith(`quake-2020-01-02,${pair},`));
  expect(mine.length).toBeGreaterThan(0);
  expect(own.slice(1, -1)).toEqual(mine);
}, 120_000);

// Review of ux, item 7: `start_a`/`end_a` give the first span only, so spans 2..n were lost.
it('spans_a and spans_b give every span of a finding as start-end;start-end', async () => {
  const out = await batchInto('json');
  const report = JSON.parse(
    readFileSync(join(out, 'quake-2020-01-02/herald--tribune.json'), 'utf8'),
  ) as Report;
  const rows = findingRows(report);
  const offsets = (spans: Span[]) =>
    spans.length === 0 ? undefined : spans.map((s) => `${s.start}-${s.end}`).join(';');
  expect(report.findings.some((f) => f.a.length > 1 || f.b.length > 1)).toBe(true);
  expect(rows.map((r) => [r.spans_a, r.spans_b])).toEqual(
    report.findings.map((f) => [offsets(f.a), offsets(f.b)]),
  );
  const header = readFileSync(join(out, 'findings.csv'), 'utf8').split('\r\n')[0];
  // User trial 7, item 7 appended shown, omitted_by and body_start_a/b after them.
  expect(header).toContain(',explanation,spans_a,spans_b,');
}, 120_000);
