/**
 * The per-pair path alone (issue 13), not a timed test: every source of the dev corpora is read
 * and analysed first, untimed; then `compareSources` (align, compare, the report's assembly) runs
 * on every pair of outlets within each event and prints the process's CPU per pair (all threads:
 * V8's collector and compiler included). No file is written and nothing is validated, so what it
 * shows is the pair's own work. "fresh" rounds run on new copies of the sources, so they also
 * build what compare keeps once per source (align's profiles, omission's mentions, agreement's
 * clause shapes…), as a batch does on a source's first pair; "same" rounds run the same copies
 * again: the per-pair part alone. Each round also prints the bytes allocated a pair: what every
 * collection freed (V8's GC profiler) plus what the heap grew by over the round.
 * Usage: npx tsx bench/pairs.ts [<corpora dir>] [rounds]   (default ../shared/corpora, 5)
 * Through tsx every function is named at run time (esbuild's keepNames: `set name` took ~5 % of a
 * profile's samples, and allocates); for profiles, bundle it as bench/one-batch-bundle.ts does
 * (`buildBundle` from src/batch/worker-build.ts into build/<arm>/), which keeps no names.
 */
import { join } from 'node:path';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { besideCheckout, dataPath } from '../scripts/data-path.js';
import type { AnalyzedSource } from '../src/model/analyzed-source.js';
import { analyzeText, compareSources } from '../src/pipeline.js';
import { readCorpora } from './corpus.js';

const shared = dataPath(
  process.argv[2],
  besideCheckout('corpora'),
  'npx tsx bench/pairs.ts [<folder holding newswcl50/ and basil/>] [rounds]',
);
const rounds = Number(process.argv[3] ?? 5);

const events = readCorpora(shared).map((event) =>
  event.files.map((file) => analyzeText(file.content, {}, join(event.name, file.name))),
);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Every pair of `sources` (the analysed outlets of each event). */
const pairsOf = (analysed: AnalyzedSource[][]) =>
  analysed.flatMap((sources) => sources.flatMap((a, i) => sources.slice(i + 1).map((b) => [a, b] as const)));

/** Bytes allocated while `run` ran: freed by each collection, plus the heap's net growth. */
function allocated(run: () => void): number {
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  run();
  const gcs = profiler.stop()?.statistics ?? [];
  const freed = gcs.reduce(
    (sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
    0,
  );
  return freed + getHeapStatistics().used_heap_size - before;
}

/** Runs every pair once; returns the CPU a pair and the bytes allocated a pair, and prints them. */
function round(label: string, pairs: (readonly [AnalyzedSource, AnalyzedSource])[]): [number, number] {
  const since = process.cpuUsage();
  const started = performance.now();
  let findings = 0;
  const bytes = allocated(() => {
    for (const [a, b] of pairs) findings += compareSources(a, b).findings.length;
  });
  const ms = cpuMs(since) / pairs.length;
  const wall = (performance.now() - started) / pairs.length;
  const mb = bytes / pairs.length / 1e6;
  console.log(
    `${label}: ${ms.toFixed(2)} ms CPU a pair, ${wall.toFixed(2)} ms wall, ${mb.toFixed(2)} MB allocated a pair, ${findings} findings`,
  );
  return [ms, mb];
}

// Round 0 warms the JIT up. Then each round runs the pairs twice: on fresh copies of the sources
// (what compare keeps per source is built again, as on a source's first pair in a batch, whose
// sources are each in ~2 pairs) and again on the same copies (the per-pair part alone).
round('warm-up', pairsOf(events));
const fresh: [number, number][] = [];
const same: [number, number][] = [];
for (let r = 1; r <= rounds; r++) {
  const copies = pairsOf(events.map((sources) => sources.map((s) => structuredClone(s))));
  fresh.push(round(`round ${r}, fresh sources`, copies));
  same.push(round(`round ${r}, same sources`, copies));
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const medians = (runs: [number, number][]) =>
  runs[0].map((_, i) => median(runs.map((run) => run[i])).toFixed(2));
const [freshMs, freshMb] = medians(fresh);
const [sameMs, sameMb] = medians(same);
console.log(
  `pairs=${pairsOf(events).length} rounds=${rounds} fresh_cpu_ms_per_pair=${freshMs} same_cpu_ms_per_pair=${sameMs} fresh_mb_per_pair=${freshMb} same_mb_per_pair=${sameMb}`,
);
