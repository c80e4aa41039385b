/**
 * `npx tsx bench/large.ts [corpora-dir] [pairs] [work-dir]`: a synthetic batch of many pairs
 * (default 50,000) laid out from the real corpora with small edits (bench/corpus.ts) under a
 * temporary folder, run cold with the default jobs in a fresh process; prints its peak RSS, then
 * how long chromium takes to open its index.html. Nothing it writes is committed.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { defaultJobs } from '../src/batch/pool.js';
import { readCorpora, writeCorpus } from './corpus.js';
import { oneBatchArgs } from './one-batch-bundle.js';

const [root = new URL('../../shared/corpora/', import.meta.url).pathname, size = '50000'] =
  process.argv.slice(2);
const work = process.argv[4] ?? join(tmpdir(), `crosscheck-large-${process.pid}`);
const laid = writeCorpus(join(work, 'sources'), readCorpora(root), Number(size));
console.log(`laid out ${laid} pairs under ${work}/sources`);
const out = execFileSync(process.execPath, [...(await oneBatchArgs()), work, String(defaultJobs())], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const run = JSON.parse(out.trim().split('\n').pop() ?? '{}');
const index = join(work, 'reports', 'index.html');
console.log(
  `batch: ${laid} pairs, ${(run.wallMs / 1000).toFixed(0)} s wall, ${(run.cpuMs / 1000).toFixed(0)} s CPU, ${run.failed} failed, peak RSS ${run.rssMb.toFixed(0)} MB; index.html ${(statSync(index).size / 1e6).toFixed(1)} MB`,
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless'],
});
const page = await browser.newPage();
const started = performance.now();
await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
await page
  .locator('#pairs-info')
  .filter({ hasText: `of ${laid}` })
  .waitFor();
const openMs = performance.now() - started;
const rows = await page.locator('#pairs tbody tr').count();
await browser.close();
console.log(`index.html opened in chromium in ${(openMs / 1000).toFixed(2)} s with ${rows} rows in the DOM`);
