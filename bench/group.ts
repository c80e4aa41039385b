/**
 * `npm run bench:group [-- ROWS]`: `crosscheck group` over a synthetic corpus of ROWS articles
 * (default 100,000), timed with /usr/bin/time for wall time and peak RSS. A benchmark, never a
 * test: it prints figures and asserts nothing.
 *
 * The corpus: events of 5 outlets (of 50) over two years; each article of 300 words draws 60%
 * from a Zipf-distributed background vocabulary of 30,000 words, 25% from its topic's 300 words
 * (200 topics) and 15% from its event's 25 words (names, places, numbers). Each row carries its
 * true event in a `truth` column, which `group` writes back, so the run is scored too.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreement } from '../scripts/group/agreement.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const OUTLETS = 5;

/** mulberry32: a small seeded generator, so every run writes the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ze',
  'po',
  'da',
  'gu',
  'fe',
  'ho',
  'ji',
  'be',
];
function word(n: number, prefix: string): string {
  let w = prefix;
  let k = n + 1;
  while (k > 0) {
    w += SYLLABLES[k % 16];
    k = Math.floor(k / 16);
  }
  return w;
}

async function writeCorpus(path: string): Promise<void> {
  const rnd = random(42);
  const zipf = (n: number) => Math.floor(n ** rnd()) - 1;
  const out = createWriteStream(path);
  const events = Math.ceil(ROWS / OUTLETS);
  for (let e = 0; e < events; e++) {
    const topic = Math.floor(rnd() * 200);
    const day = Math.floor((e / events) * 730);
    const outlets = new Set<number>();
    while (outlets.size < OUTLETS) outlets.add(Math.floor(rnd() * 50));
    for (const outlet of outlets) {
      const words: string[] = [];
      for (let w = 0; w < 300; w++) {
        const r = rnd();
        if (r < 0.6) words.push(word(zipf(30_000), 'b'));
        else if (r < 0.85) words.push(word(topic * 300 + Math.floor(rnd() * 300), 't'));
        else words.push(word(e * 25 + Math.floor(rnd() * 25), 'e'));
      }
      const published = new Date(Date.UTC(2024, 0, 1 + day + Math.floor(rnd() * 2)))
        .toISOString()
        .slice(0, 10);
      const row = {
        outlet: `outlet-${outlet}`,
        published,
        title: words.slice(0, 8).join(' '),
        text: `${words.join(' ')}.`,
        truth: `e${e}`,
      };
      if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-group-'));
try {
  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus);
  const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e %M',
      process.execPath,
      '--import',
      'tsx',
      bin,
      'group',
      corpus,
      '--out',
      join(dir, 'out.jsonl'),
    ],
    { encoding: 'utf8' },
  );
  const time = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  if (!time) throw new Error(`group failed: ${run.stderr}`);
  const rows = readFileSync(join(dir, 'out.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const { ari, precision, recall } = agreement(
    rows.map((r) => r.truth),
    rows.map((r) => r.event),
  );
  console.log(run.stdout.trim());
  console.log(
    `group: rows=${rows.length} seconds=${time[1]} peak_rss_mb=${(Number(time[2]) / 1024).toFixed(0)} ari=${ari.toFixed(3)} pair_precision=${precision.toFixed(3)} pair_recall=${recall.toFixed(3)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
