/**
 * `npm run --silent eval:findings -- <shared-dir> [--dump DIR] [--verbose] [--min-confidence X]`
 *
 * The truth of findings on real pairs (issue 10), scored as <shared>/eval/findings/README.md says:
 * every pair of outlets of every dev event under <shared>/corpora is compared; gold items of
 * gold.json are covered or missed; judged findings of judged.json are still reported or gone.
 * Prints per-kind lines, then `tune:` and `heldout:` lines (scripts/findings/split.ts), and last
 * the whole: `gold_recall= gold_recall_omission= wrong_kept= correct_kept= findings_per_pair= pairs=`.
 * Only findings a reader is shown by default count (confidence at or above the display threshold).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { CONFIDENT, type Finding } from '../src/model/finding.js';
import type { Report } from '../src/model/report.js';
import { compareSources } from '../src/pipeline.js';
import { analyzerOf } from './findings/analyzed.js';
import { isJudged, type SampledFinding, stratify, toSampled } from './findings/sample.js';
import {
  type GoldItem,
  goldOutcome,
  type JudgedFinding,
  median,
  nonAgreementCount,
  type ScoredReport,
  stillReported,
} from './findings/score.js';
import { type Split, splitOf } from './findings/split.js';

finishDespiteClosedPipe();

interface Args {
  shared: string;
  dump?: string;
  verbose: boolean;
  minConfidence: number;
  sample?: string;
  perKind: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { shared: '', verbose: false, minConfidence: CONFIDENT, perKind: 10 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dump') args.dump = argv[++i];
    else if (argv[i] === '--verbose') args.verbose = true;
    else if (argv[i] === '--sample') args.sample = argv[++i];
    else if (argv[i] === '--per-kind') args.perKind = Number(argv[++i]);
    else if (argv[i] === '--min-confidence') args.minConfidence = Number(argv[++i]);
    else args.shared = argv[i];
  }
  try {
    readdirSync(join(args.shared, 'eval/findings'));
  } catch {
    console.error(
      'usage: npm run --silent eval:findings -- <shared-dir> (the folder holding corpora/ and eval/findings/)',
    );
    process.exit(2);
  }
  return args;
}

/** Every unordered pair of outlets of every dev event, paths relative to shared/, a before b by name. */
function devPairs(shared: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const corpus of ['basil', 'newswcl50']) {
    for (const event of readdirSync(join(shared, 'corpora', corpus)).sort()) {
      const dir = `corpora/${corpus}/${event}`;
      const files = readdirSync(join(shared, dir))
        .filter((f) => f.endsWith('.txt'))
        .sort();
      for (let i = 0; i < files.length; i++)
        for (let j = i + 1; j < files.length; j++) pairs.push([`${dir}/${files[i]}`, `${dir}/${files[j]}`]);
    }
  }
  return pairs;
}

const args = parseArgs(process.argv.slice(2));
const read = <T>(name: string): T =>
  JSON.parse(readFileSync(join(args.shared, 'eval/findings', name), 'utf8'));
const judged = read<(JudgedFinding & { a_path: string; b_path: string; why: string })[]>('judged.json');
const gold = read<{ pairs: { a: string; b: string; items: GoldItem[] }[] }>('gold.json').pairs;

const source = analyzerOf(args.shared);
const reports = new Map<string, ScoredReport | null>();
const shownFindings = new Map<string, Finding[]>();
const shown = (finding: object) => {
  const { confidence } = finding as { confidence?: number };
  return confidence === undefined || confidence >= args.minConfidence;
};

/** The report of one oriented pair, as a reader is shown it; null when the pair failed. */
function reportOf(a: string, b: string): ScoredReport | null {
  const key = `${a}|${b}`;
  if (!reports.has(key)) {
    try {
      const event = a.split('/').slice(1, 3).join('-');
      const report: Report = compareSources(source(a), source(b), { event });
      if (args.dump) {
        mkdirSync(args.dump, { recursive: true });
        writeFileSync(
          join(args.dump, `${event}--${report.sources.a.id}--${report.sources.b.id}.json`),
          JSON.stringify(report, null, 2),
        );
      }
      const findings = report.findings.filter(shown);
      shownFindings.set(key, findings);
      reports.set(key, { a: report.sources.a, b: report.sources.b, findings });
    } catch (error) {
      console.error(`eval:findings: ${a} vs ${b} failed: ${(error as Error).message}`);
      reports.set(key, null);
    }
  }
  return reports.get(key) ?? null;
}

interface Tally {
  gold: Record<string, [number, number]>;
  verdict: Record<string, [number, number]>;
  perPair: number[];
}
const tallies: Record<Split, Tally> = {
  tune: { gold: {}, verdict: {}, perPair: [] },
  heldout: { gold: {}, verdict: {}, perPair: [] },
};
const bump = (table: Record<string, [number, number]>, key: string, hit: boolean) => {
  const [hits, all] = table[key] ?? [0, 0];
  table[key] = [hits + (hit ? 1 : 0), all + 1];
};

for (const [a, b] of devPairs(args.shared)) {
  const report = reportOf(a, b);
  if (report) tallies[splitOf(a)].perPair.push(nonAgreementCount(report));
}
for (const pair of gold) {
  const report = reportOf(pair.a, pair.b);
  const split = splitOf(pair.a);
  for (const item of pair.items) {
    const outcome = report ? goldOutcome(report, item) : 'missed';
    bump(tallies[split].gold, item.kind, outcome === 'covered');
    if (args.verbose && split === 'tune' && outcome !== 'covered')
      console.log(
        `gold ${outcome} ${item.kind} ${pair.a} | a=${JSON.stringify(item.a)} b=${JSON.stringify(item.b)}`,
      );
  }
}
/** A judged finding's span texts, for the verbose listing. */
const spanTexts = (spans: [number, number, string][]) => JSON.stringify(spans.map(([, , text]) => text));

for (const finding of judged) {
  const report = reportOf(finding.a_path, finding.b_path);
  const kept = report ? stillReported(report, finding) : false;
  const split = splitOf(finding.a_path);
  bump(tallies[split].verdict, finding.verdict, kept);
  if (args.verbose && split === 'tune' && kept && finding.verdict === 'WRONG')
    console.log(`kept WRONG ${finding.kind} ${finding.a_path} | ${finding.why}`);
  if (args.verbose && split === 'tune' && !kept && finding.verdict === 'CORRECT')
    console.log(
      `lost CORRECT ${finding.kind} ${finding.a_path} ${finding.b_path} | a=${spanTexts(finding.a)} b=${spanTexts(finding.b)} | ${finding.why}`,
    );
}

if (args.sample) {
  const candidates: SampledFinding[] = [];
  for (const [a, b] of devPairs(args.shared)) {
    const report = reportOf(a, b);
    if (!report) continue;
    for (const finding of shownFindings.get(`${a}|${b}`) ?? [])
      if (!isJudged(report, finding, judged)) candidates.push(toSampled(a, b, splitOf(a), finding));
  }
  const sample = stratify(candidates, args.perKind);
  writeFileSync(args.sample, `${JSON.stringify(sample, null, 1)}\n`);
  console.log(`sample: ${sample.length} of ${candidates.length} unjudged findings written to ${args.sample}`);
}

const ratio = ([hit, all]: [number, number]) => (all === 0 ? 'n/a' : (hit / all).toFixed(3));
const sum = (rows: [number, number][]) =>
  rows.reduce<[number, number]>((s, r) => [s[0] + r[0], s[1] + r[1]], [0, 0]);

function line(t: Tally): string {
  const gold = Object.entries(t.gold);
  const other = sum(gold.filter(([k]) => k !== 'omission').map(([, r]) => r));
  const omission = t.gold.omission ?? [0, 0];
  return [
    `gold_recall=${ratio(other)}`,
    `gold_recall_omission=${ratio(omission)}`,
    `wrong_kept=${ratio(t.verdict.WRONG ?? [0, 0])}`,
    `correct_kept=${ratio(t.verdict.CORRECT ?? [0, 0])}`,
    `findings_per_pair=${median(t.perPair)}`,
    `pairs=${t.perPair.length}`,
  ].join(' ');
}
const detail = (t: Tally) =>
  `gold by kind: ${Object.keys(t.gold)
    .sort()
    .map((k) => `${k} ${t.gold[k][0]}/${t.gold[k][1]}`)
    .join(', ')}; ` +
  `judged kept: ${['CORRECT', 'TRIVIAL', 'WRONG'].map((v) => `${v} ${(t.verdict[v] ?? [0, 0]).join('/')}`).join(', ')}`;

const merge = (x: Record<string, [number, number]>, y: Record<string, [number, number]>) =>
  Object.fromEntries(
    [...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [
      k,
      sum([x[k] ?? [0, 0], y[k] ?? [0, 0]]),
    ]),
  );
const all: Tally = {
  gold: merge(tallies.tune.gold, tallies.heldout.gold),
  verdict: merge(tallies.tune.verdict, tallies.heldout.verdict),
  perPair: [...tallies.tune.perPair, ...tallies.heldout.perPair],
};
for (const split of ['tune', 'heldout'] as const) console.log(`${split} ${detail(tallies[split])}`);
console.log(`tune: ${line(tallies.tune)}`);
console.log(`heldout: ${line(tallies.heldout)}`);
console.log(line(all));
