/**
 * Alignment benchmark (issue 3), not a timed test: model load, then align for two ~1,000-word
 * articles and for two ~20,000-word documents built by concatenating real corpus articles
 * (side a: one outlet of each BASIL event, side b: another outlet of the same events).
 * Usage: npx tsx bench/align.ts [<corpora dir>]   (holding newswcl50/ and basil/; default ../shared/corpora)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { besideCheckout, dataPath } from '../scripts/data-path.js';

const shared = dataPath(
  process.argv[2],
  besideCheckout('corpora'),
  'npx tsx bench/align.ts [<folder holding newswcl50/ and basil/>]',
);
const body = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const t0 = performance.now();
const { align } = await import('../src/stages/align/index.js');
const { loadIdf } = await import('../src/stages/align/idf.js');
const { loadParams } = await import('../src/stages/align/judge.js');
loadIdf();
loadParams();
const loadMs = performance.now() - t0;
// The per-source stages (wink-nlp's model) are not part of the alignment's load time.
const { analyzeText } = await import('../src/pipeline.js');

/** Concatenates articles of `outlet` over BASIL events until `target` words. */
function document(outlet: string, target: number): string {
  const parts: string[] = [];
  for (const event of readdirSync(join(shared, 'basil')).sort()) {
    if (parts.reduce((n, p) => n + words(p), 0) >= target) break;
    const file = readdirSync(join(shared, 'basil', event)).find((f) =>
      f.toLowerCase().startsWith(`${outlet}.`),
    );
    if (file) parts.push(body(join(shared, 'basil', event, file)));
  }
  return parts.join('\n\n');
}

function time(label: string, a: string, b: string, runs: number): void {
  const sa = analyzeText(a, { published: '2018-04-10' });
  const sb = analyzeText(b, { published: '2018-04-10' });
  // Fresh copies each call: align caches a source's profile, and a batch pays it once per source.
  for (let i = 0; i < 10; i++) align({ ...sa }, { ...sb }); // warm-up: let the JIT compile the hot loops
  const start = performance.now();
  const cpu = process.cpuUsage();
  let links = 0;
  for (let i = 0; i < runs; i++) links = align({ ...sa }, { ...sb }).length;
  const ms = (performance.now() - start) / runs;
  // CPU time of this process as well: on a shared machine the wall clock also counts waiting for a core.
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / runs;
  const sentences = `${sa.sentences.length}x${sb.sentences.length} sentences`;
  console.log(
    `${label}: ${words(a)}+${words(b)} words, ${sentences}, ${links} links, align ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms cpu`,
  );
}

console.log(`model load (align modules, idf table, params): ${loadMs.toFixed(0)} ms`);
const event = join(shared, 'newswcl50/event-0');
time('two ~1,000-word articles', body(join(event, 'm.txt')), body(join(event, 'r.txt')), 200);
time('two ~20,000-word documents', document('nyt', 20_000), document('fox', 20_000), 3);
