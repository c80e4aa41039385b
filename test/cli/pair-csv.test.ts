import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// User trial 6: the per-pair CSV had other columns than the batch's findings.csv, and no confidence.
it("a pair's CSV holds the header and the rows of the batch's findings.csv for that pair", async () => {
  const sources = copyEvents();
  const work = tempDir();
  const out = join(work, 'out');
  const { io } = memoryIo();
  const args = [
    'batch',
    sources,
    '--out',
    out,
    '--claims',
    join(work, 'c'),
    '--format',
    'json,csv',
    '--jobs',
    '1',
  ];
  expect(await main(args, io)).toBe(0);
  const [header, ...rows] = readFileSync(join(out, 'findings.csv'), 'utf8').split('\r\n');
  expect(header).toContain(',confidence,');
  const pair = 'quake-2020-01-02/courier--herald';
  const own = readFileSync(join(out, `${pair}.csv`), 'utf8').split('\r\n');
  expect(own[0]).toBe(header);
  const mine = rows.filter((row) => row.startsWith(`quake-2020-01-02,${pair},`));
  expect(mine.length).toBeGreaterThan(0);
  expect(own.slice(1, -1)).toEqual(mine);
}, 120_000);
