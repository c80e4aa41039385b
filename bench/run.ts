/**
 * `npm run bench [-- corpora-dir]`: crosscheck's batch over real articles (default
 * ../shared/corpora, NewsWCL50 and BASIL) replicated with small edits to 2,000 pairs, with the
 * CLI's default jobs and with one job, against jsdiff's diffWords on the same pairs; then one pair
 * at 2× and 4× its length. Each batch runs in a fresh process (bench/one-batch.ts). A benchmark, never a test: it prints figures and asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { defaultJobs } from '../src/batch/pool.js';
import { CORPORA, readCorpora, writeCorpus } from './corpus.js';
import { lengthGrowth } from './length.js';
import { oneBatchArgs } from './one-batch-bundle.js';

const root = process.argv[2] ?? new URL('../../shared/corpora/', import.meta.url).pathname;
if (!CORPORA.some((c) => existsSync(join(root, c)))) {
  console.error(
    `usage: npm run bench -- [corpora-dir]: ${root} holds neither ${CORPORA.join('/ nor ')}/ (default ../shared/corpora)`,
  );
  process.exit(2);
}
const SIZES = (process.env.BENCH_SIZES ?? '500,1000,2000').split(',').map(Number);
// The CLI's default --jobs (one thread on 2 cores), or BENCH_JOBS to measure another against one.
const jobs = Number(process.env.BENCH_JOBS ?? defaultJobs());

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);
const work = join(tmpdir(), `crosscheck-bench-${process.pid}`);
const events = readCorpora(root);
const oneBatchCommand = await oneBatchArgs();

/** One cold batch (empty claims cache, as a first run) in a fresh process: times and RSS. */
function timeBatch(pairs: number, withJobs: number, name: string) {
  const dir = join(work, name);
  const laid = writeCorpus(join(dir, 'sources'), events, pairs);
  const started = performance.now();
  const out = execFileSync(process.execPath, [...oneBatchCommand, dir, String(withJobs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const processMs = performance.now() - started;
  const run = JSON.parse(out.trim().split('\n').pop() ?? '{}') as BatchRun;
  return { laid, dir, processMs, ...run };
}

interface BatchRun {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  failed: number;
  pairMs: number[];
  sourceMs: number[];
}

/** jsdiff diffWords over the same pairs, in this thread. */
function timeBaseline(summaryPath: string, sourcesDir: string): number[] {
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
    pairs: { event: string; a: string; b: string }[];
  };
  return summary.pairs.map((pair) => {
    const a = readFileSync(join(sourcesDir, pair.event, `${pair.a}.txt`), 'utf8');
    const b = readFileSync(join(sourcesDir, pair.event, `${pair.b}.txt`), 'utf8');
    const started = performance.now();
    diffWords(a, b);
    return performance.now() - started;
  });
}

console.log(
  `crosscheck bench: ${events.length} real events from ${root}, ${jobs} job(s) (${cpus()[0]?.model ?? 'cpu'} ×${availableParallelism()}), cold claims cache, json reports`,
);
const runs = [];
for (const size of SIZES) {
  const run = timeBatch(size, jobs, `jobs${jobs}-${size}`);
  runs.push(run);
  console.log(
    `${String(run.laid).padStart(5)} pairs: ${(run.wallMs / 1000).toFixed(1)} s wall (${(run.processMs / 1000).toFixed(1)} s with start-up), ${(run.cpuMs / 1000).toFixed(1)} s CPU, ${run.rssMb.toFixed(0)} MB peak RSS, ${(run.wallMs / run.laid).toFixed(2)} ms/pair wall, ${run.sourceMs.length} sources extracted, ${run.failed} failed`,
  );
}
const last = runs[runs.length - 1];
// Its own folder: with the default of one job the runs above already used `jobs1-<size>`, and a
// second batch there would find every pair up to date.
const single = timeBatch(last.laid, 1, `single-jobs1-${last.laid}`);
console.log(
  `${String(single.laid).padStart(5)} pairs, --jobs 1: ${(single.wallMs / 1000).toFixed(1)} s wall (${(single.processMs / 1000).toFixed(1)} s with start-up), ${(single.cpuMs / 1000).toFixed(1)} s CPU, ${single.rssMb.toFixed(0)} MB peak RSS`,
);
const baseline = timeBaseline(join(last.dir, 'reports', 'summary.json'), join(last.dir, 'sources'));
const crosscheckMs = sum(last.pairMs) + sum(last.sourceMs);
const ratio = crosscheckMs / sum(baseline);
const pairsPerS = last.laid / (last.wallMs / 1000);
const jobs1PairsPerS = single.laid / (single.wallMs / 1000);
const p95 = quantile(last.pairMs, 0.95);
const growth = runs.map((r) => `${r.laid}:${(r.wallMs / 1000).toFixed(1)}s`).join(' → ');
console.log(
  `extraction: ${last.sourceMs.length} sources, p50 ${quantile(last.sourceMs, 0.5).toFixed(1)} ms, p95 ${quantile(last.sourceMs, 0.95).toFixed(1)} ms per source`,
);
console.log(
  `pair (align+compare+json+write): p50 ${quantile(last.pairMs, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
);
console.log(
  `growth: ${growth} (ms/pair ${runs.map((r) => (r.wallMs / r.laid).toFixed(2)).join(', ')}; linear when these stay flat)`,
);
console.log(lengthGrowth(events));
console.log(
  `baseline diffWords: p50 ${quantile(baseline, 0.5).toFixed(1)} ms, p95 ${quantile(baseline, 0.95).toFixed(1)} ms per pair; one thread`,
);
console.log(
  `ratio: crosscheck CPU ms (extraction + pairs) ${crosscheckMs.toFixed(0)} / diffWords ${sum(baseline).toFixed(0)}`,
);
rmSync(work, { recursive: true, force: true });
// Peak RSS of the batch processes with the default jobs (every thread counted). The CPU per pair
// (whole process, every thread, start-up included) and the load average let runs on a shared
// machine be compared, where every wall-clock figure is inflated.
const rss = Math.max(...runs.map((r) => r.rssMb));
console.log(
  `pairs_per_s=${pairsPerS.toFixed(1)} p95_ms=${p95.toFixed(1)} ratio_vs_worddiff=${ratio.toFixed(3)} peak_rss_mb=${rss.toFixed(0)} pairs=${last.laid} jobs=${jobs} jobs1_pairs_per_s=${jobs1PairsPerS.toFixed(1)} scaling=${(pairsPerS / jobs1PairsPerS).toFixed(2)} cpu_ms_per_pair=${(last.cpuMs / last.laid).toFixed(1)} jobs1_cpu_ms_per_pair=${(single.cpuMs / single.laid).toFixed(1)} load=${loadavg()[0].toFixed(1)}`,
);
