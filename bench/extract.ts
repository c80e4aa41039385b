/**
 * Extraction benchmark (issue 4), not a timed test: load once, then time `analyzeFile` on a
 * ~1,000-word article (segment + every extract rule), and the quantity and date rules alone on
 * its already segmented sentences. Prints the median of RUNS runs in ms, after WARMUP runs.
 * Usage: npx tsx bench/extract.ts [article.txt]   (default: ../shared NewsWCL50 event-0, USA Today: a tune article, never a held-out one)
 */
import { readFileSync } from 'node:fs';

const { besideCheckout, dataPath } = await import('../scripts/data-path.js');
const path = dataPath(
  process.argv[2],
  besideCheckout('corpora/newswcl50/event-0/m.txt'),
  'npx tsx bench/extract.ts [article.txt]',
);
const RUNS = 50;
const WARMUP = 20;

const t0 = performance.now();
const { analyzeFile } = await import('../src/pipeline.js');
const { extractQuantities } = await import('../src/stages/extract/quantity/index.js');
const { extractDates } = await import('../src/stages/extract/date/index.js');
const warm = analyzeFile(path); // loads wink's model and every lexicon
const loadMs = performance.now() - t0;

/** Median wall time of `fn` over RUNS runs, in ms. */
function median(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP; i++) fn(); // let the JIT settle before timing
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)];
}

const words = readFileSync(path, 'utf8')
  .replace(/^---\n[\s\S]*?\n---\n/, '')
  .split(/\s+/)
  .filter(Boolean).length;
const carrying = warm.sentences.filter((s) => s.role === 'body' || s.role === 'headline');
const full = median(() => analyzeFile(path));
const rules = median(() => {
  for (const s of carrying) {
    extractQuantities(s, warm);
    extractDates(s, warm, []);
  }
});
const counts = { quantity: 0, date: 0, attribution: 0, blame: 0 };
for (const c of warm.claims) counts[c.kind]++;
console.log(`article: ${path} (${words} words, ${carrying.length} claim-carrying sentences)`);
console.log(`claims: ${JSON.stringify(counts)}`);
console.log(`load: ${loadMs.toFixed(0)} ms (first analyzeFile, wink model and lexicons)`);
console.log(`analyzeFile (read + segment + extract): ${full.toFixed(2)} ms median of ${RUNS}`);
console.log(`quantity + date rules only: ${rules.toFixed(2)} ms median of ${RUNS}`);
