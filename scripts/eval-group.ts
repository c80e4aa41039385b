/**
 * `npm run --silent eval:group -- <corpora-dir> [--verbose] [--threshold X] [--window DAYS]`
 *
 * Mixes every article of the dev corpora (one folder per event) into one JSONL corpus without
 * the event, groups it with `groupCorpus`, and scores the events found against the folders:
 * adjusted Rand index and pairwise precision/recall. Prints a `tune:` line (the held-out
 * events of scripts/findings/split.ts left out of the mix) and an `all:` line (every event).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { DEFAULT_COLUMNS } from '../src/corpus/index.js';
import { GROUP_DEFAULTS, groupCorpus } from '../src/group/index.js';
import { readSource } from '../src/pipeline.js';
import { splitOf } from './findings/split.js';
import { agreement } from './group/agreement.js';

finishDespiteClosedPipe();

const [corpora, ...flags] = process.argv.slice(2);
if (!corpora) {
  console.error('usage: eval-group <corpora-dir> [--verbose]');
  process.exit(2);
}

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function flag(name: string): number | undefined {
  const at = flags.indexOf(name);
  return at < 0 ? undefined : Number(flags[at + 1]);
}
const options = {
  ...GROUP_DEFAULTS,
  threshold: flag('--threshold') ?? GROUP_DEFAULTS.threshold,
  windowDays: flag('--window') ?? GROUP_DEFAULTS.windowDays,
  columns: DEFAULT_COLUMNS,
};

async function score(label: string, files: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'eval-group-'));
  const path = join(dir, 'mix.jsonl');
  const rows = files.map((file) => {
    const { meta, text } = readSource(file);
    return JSON.stringify({
      outlet: meta.outlet,
      published: meta.published,
      title: meta.title,
      url: meta.url,
      text,
    });
  });
  writeFileSync(path, `${rows.join('\n')}\n`);
  const truth = files.map((file) => relative(corpora, join(file, '..')));
  const started = performance.now();
  const { events } = await groupCorpus(path, options);
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const { ari, precision, recall } = agreement(truth, events);
  if (flags.includes('--verbose')) {
    for (const event of new Set(events)) {
      const members = truth.filter((_, i) => events[i] === event);
      if (new Set(members).size > 1) console.log(`  merged: ${[...new Set(members)].join(' + ')}`);
    }
    for (const folder of new Set(truth)) {
      const found = new Set(events.filter((_, i) => truth[i] === folder));
      if (found.size > 1) console.log(`  split: ${folder} into ${found.size}`);
    }
  }
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${label}: ari=${f(ari)} pair_precision=${f(precision)} pair_recall=${f(recall)} articles=${files.length} events=${new Set(truth).size} found=${new Set(events).size} seconds=${seconds.toFixed(2)}`,
  );
}

const all = articleFiles(corpora);
await score(
  'tune',
  all.filter((file) => splitOf(`corpora/${relative(corpora, file)}`) === 'tune'),
);
await score('all', all);
