/**
 * `npm run bench [-- <corpora dir>]`: crosscheck's batch over real articles (NewsWCL50 and BASIL:
 * <corpora dir>/newswcl50 and /basil, default ../shared/corpora)
 * replicated with small edits to 2,000 pairs, against jsdiff's diffWords on the same pairs.
 * A benchmark, never a test: it prints figures and asserts nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { besideCheckout, dataPath } from '../scripts/data-path.js';
import type { ProgressOutput } from '../src/batch/progress.js';
import { runBatch } from '../src/batch/run.js';
import { readCorpora, writeCorpus } from './corpus.js';

const CORPORA = dataPath(
  process.argv[2],
  besideCheckout('corpora'),
  'npm run bench [-- <folder holding newswcl50/ and basil/>]',
);
const SIZES = (process.env.BENCH_SIZES ?? '500,1000,2000').split(',').map(Number);
const jobs = availableParallelism();
const silent: ProgressOutput = { write: () => {}, live: false };

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);
const work = join(tmpdir(), `crosscheck-bench-${process.pid}`);
const events = readCorpora(CORPORA);

/** One cold batch (empty claims cache, as a first run): wall time and per-item timings. */
async function timeBatch(pairs: number) {
  const dir = join(work, String(pairs));
  const laid = writeCorpus(join(dir, 'sources'), events, pairs);
  const started = performance.now();
  const outcome = await runBatch(
    {
      sourcesDir: join(dir, 'sources'),
      outDir: join(dir, 'reports'),
      claimsDir: join(dir, 'claims'),
      formats: ['json'],
      jobs,
      failOn: [],
    },
    silent,
  );
  return { laid, wallMs: performance.now() - started, dir, ...outcome };
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
  `crosscheck bench: ${events.length} real events, ${jobs} worker(s), cold claims cache, json reports`,
);
const runs = [];
for (const size of SIZES) {
  const run = await timeBatch(size);
  runs.push(run);
  const failed = run.summary.totals.failed;
  console.log(
    `${String(run.laid).padStart(5)} pairs: ${(run.wallMs / 1000).toFixed(1)} s wall, ${((run.wallMs / run.laid) * 1).toFixed(2)} ms/pair wall, ${run.sourceMs.length} sources extracted, ${failed} failed`,
  );
}
const last = runs[runs.length - 1];
const baseline = timeBaseline(join(last.dir, 'reports', 'summary.json'), join(last.dir, 'sources'));
const crosscheckMs = sum(last.pairMs) + sum(last.sourceMs);
const ratio = crosscheckMs / sum(baseline);
const pairsPerS = last.laid / (last.wallMs / 1000);
const p50 = quantile(last.pairMs, 0.5);
const p95 = quantile(last.pairMs, 0.95);
const rss = process.resourceUsage().maxRSS / 1024;
const growth = runs.map((r) => `${r.laid}:${(r.wallMs / 1000).toFixed(1)}s`).join(' → ');
console.log(
  `extraction: ${last.sourceMs.length} sources, p50 ${quantile(last.sourceMs, 0.5).toFixed(1)} ms, p95 ${quantile(last.sourceMs, 0.95).toFixed(1)} ms per source`,
);
console.log(`pair (align+compare+json+write): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
console.log(
  `growth: ${growth} (ms/pair ${runs.map((r) => (r.wallMs / r.laid).toFixed(2)).join(', ')}; linear when these stay flat)`,
);
console.log(
  `baseline diffWords: p50 ${quantile(baseline, 0.5).toFixed(1)} ms, p95 ${quantile(baseline, 0.95).toFixed(1)} ms per pair; one thread`,
);
console.log(
  `ratio: crosscheck CPU ms (extraction + pairs) ${crosscheckMs.toFixed(0)} / diffWords ${sum(baseline).toFixed(0)}`,
);
rmSync(work, { recursive: true, force: true });
console.log(
  `pairs_per_s=${pairsPerS.toFixed(1)} p95_ms=${p95.toFixed(1)} ratio_vs_worddiff=${ratio.toFixed(3)} peak_rss_mb=${rss.toFixed(0)} pairs=${last.laid}`,
);
