import { analyzeText, compareSources } from '../src/pipeline.js';
import type { BenchEvent } from './corpus.js';

const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** CPU milliseconds of one call, the median of `runs` (the wall clock counts waits on a shared machine). */
function cpuMs(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

/**
 * One pair at 1×, 2× and 4× its length: side a is the first outlet of 1, 2 or 4 events laid end
 * to end, side b the second outlet of the same events, so every length is real reporting.
 * Returns the line `length growth (one pair, align + compare, CPU): 1× … ms, 2× … (×r), 4× …`.
 */
export function lengthGrowth(events: BenchEvent[]): string {
  const parts: string[] = [];
  let base = 0;
  for (const factor of [1, 2, 4]) {
    const chosen = events.slice(0, factor);
    const a = chosen.map((e) => body(e.files[0].content)).join('\n\n');
    const b = chosen.map((e) => body(e.files[1].content)).join('\n\n');
    const sa = analyzeText(a, { published: '2020-01-01' }, 'a/a.txt');
    const sb = analyzeText(b, { published: '2020-01-01' }, 'b/b.txt');
    // Fresh copies per call: align caches a source's profile on the object, once per source in a batch.
    for (let i = 0; i < 3; i++) compareSources({ ...sa }, { ...sb });
    const ms = cpuMs(() => compareSources({ ...sa }, { ...sb }), 7);
    if (factor === 1) base = ms;
    const ratio = factor === 1 ? '' : ` (×${(ms / base).toFixed(2)})`;
    parts.push(`${factor}×: ${words(a)}+${words(b)} words ${ms.toFixed(1)} ms${ratio}`);
  }
  return `length growth (one pair, align + compare, CPU): ${parts.join(', ')}; linear when ×2 and ×4`;
}
