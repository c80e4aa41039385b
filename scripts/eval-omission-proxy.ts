/**
 * A labelled proxy for omissions (issue 10, omit9): of every omission readers judged on TUNE
 * pairs, how many the current code still shows. Run `eval:findings --dump DIR` first, then
 *
 *   npx tsx scripts/eval-omission-proxy.ts DIR JUDGED_JSON JUDGE_DIR... [--list WRONG|CORRECT|TRIVIAL]
 *
 * A judged omission is shown when a shown omission (confidence ≥ `CONFIDENT`) of the same pair
 * has evidence on the same source overlapping one of its spans (found again by text if the offsets
 * moved). The tune events are split in two halves (alternating in sorted order) and both are
 * printed, so a change that fits one half only shows. Verdicts of held-out pairs and files named
 * `heldout-*` (or, in batches beside `X-verdicts.json`, holding `heldout`) are never read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIDENT } from '../src/model/finding.js';
import {
  dedupe,
  type JudgedOmission,
  judgedInBatches,
  judgedInDirs,
  judgedInFile,
} from './findings/judged-omissions.js';
import { occurrences, overlaps, type Range, relocate } from './findings/locate.js';
import { splitOf } from './findings/split.js';

interface DumpSpan {
  start: number;
  end: number;
}
interface Dump {
  sources: Record<'a' | 'b', { path: string; text: string }>;
  findings: { kind: string; confidence: number; a: DumpSpan[]; b: DumpSpan[]; explanation: string }[];
}

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? args.splice(listAt, 2)[1] : undefined;
// `--bar X`: count an omission as shown only at confidence X or above (what a higher bar would hide).
const barAt = args.indexOf('--bar');
const barArg = barAt >= 0 ? args.splice(barAt, 2)[1] : undefined;
const bar = barArg === undefined ? CONFIDENT : Number(barArg);
if (
  barAt >= 0 &&
  (barArg === undefined || barArg.startsWith('--') || !Number.isFinite(bar) || bar < 0 || bar > 1)
) {
  console.error(`--bar needs a confidence between 0 and 1 (got ${barArg ?? 'nothing'}): e.g. --bar 0.6`);
  process.exit(2);
}
// `--lead`: a judged omission that quotes a lead sentence is shown only when a shown omission quotes
// the same sentence (what the reader judged), not when any span of it overlaps (bundles overlap much).
const byLead = args.includes('--lead');
if (byLead) args.splice(args.indexOf('--lead'), 1);
const [dumpDir, judgedJson, ...judgeDirs] = args;
if (!dumpDir || !judgedJson) {
  console.error('usage: eval-omission-proxy.ts DUMP_DIR JUDGED_JSON JUDGE_DIR... [--list VERDICT]');
  process.exit(2);
}

/** A dump's source path as the batches write it: `corpora/basil/…` or `corpora/newswcl50/…`. */
const corpusPath = (p: string) =>
  p.startsWith('corpora/') ? p : `${p.startsWith('event-') ? 'corpora/newswcl50/' : 'corpora/basil/'}${p}`;

/**
 * The event folder a dump's file name gives (`basil-2014-22b6e900--fox--hpo.json` →
 * `corpora/basil/2014-22b6e900/`), so that held-out dumps are never read (review of omit9, item 7).
 */
const eventOf = (file: string): string => {
  const [corpus, ...rest] = file.split('--')[0].split('-');
  return `corpora/${corpus}/${rest.join('-')}/`;
};

const dumps = new Map<string, Dump>();
for (const file of readdirSync(dumpDir).filter(
  (f) => f.endsWith('.json') && splitOf(eventOf(f)) === 'tune',
)) {
  const dump = JSON.parse(readFileSync(join(dumpDir, file), 'utf8')) as Dump;
  const [a, b] = [corpusPath(dump.sources.a.path), corpusPath(dump.sources.b.path)];
  if (splitOf(a) === 'tune' && splitOf(b) === 'tune') dumps.set([a, b].sort().join('|'), dump);
}

/** The sentence an omission's explanation quotes, found in the text (cut at 137 characters and '…'). */
function leadOf(text: string, explanation: string): Range | null {
  const gist = /: "(.*)"$/su.exec(explanation)?.[1];
  if (!gist) return null;
  const at = occurrences(text, gist.replace(/…$/u, ''));
  return at[0] ?? null;
}

/** Whether the dump of the judged item's pair shows an omission over one of its spans. */
function shown(j: JudgedOmission): string | undefined {
  const dump = dumps.get([j.aPath, j.bPath].sort().join('|'));
  if (!dump) return undefined;
  const path = j.side === 'a' ? j.aPath : j.bPath;
  const side = corpusPath(dump.sources.a.path) === path ? 'a' : 'b';
  const text = dump.sources[side].text;
  const ranges = j.spans.map(([s, e, t]) => relocate(text, s, e, t)).filter((r): r is Range => r !== null);
  const lead = byLead ? leadOf(text, j.explanation) : null;
  const hit = dump.findings.find((f) => {
    if (f.kind !== 'omission' || f.confidence < bar) return false;
    if (lead) {
      const own = leadOf(text, f.explanation);
      return own !== null && overlaps(own, lead);
    }
    return f[side].some((span) => ranges.some((r) => overlaps(r, span)));
  });
  return hit?.explanation;
}

const judged = dedupe([
  ...judgedInFile(judgedJson),
  ...judgedInDirs(judgeDirs),
  ...judgedInBatches(judgeDirs),
]).filter((j) => dumps.has([j.aPath, j.bPath].sort().join('|')));
const events = [...new Set(judged.map((j) => dirname(j.aPath)))].sort();
const half = (j: JudgedOmission) => (events.indexOf(dirname(j.aPath)) % 2 === 0 ? 'half1' : 'half2');

const tally = new Map<string, { shown: number; total: number }>();
for (const j of judged) {
  const hit = shown(j);
  for (const part of [half(j), 'all']) {
    const key = `${part} ${j.verdict}`;
    const t = tally.get(key) ?? { shown: 0, total: 0 };
    t.total++;
    if (hit) t.shown++;
    tally.set(key, t);
  }
  if ((list === j.verdict || list === 'all') && hit)
    console.log(
      `${j.verdict} ${j.from} ${half(j)} ${j.side} ${j.aPath} ${j.bPath}\n  shown: ${hit.slice(0, 240)}\n  why: ${j.why}`,
    );
}
for (const part of ['half1', 'half2', 'all']) {
  const cell = (v: string) => {
    const t = tally.get(`${part} ${v}`) ?? { shown: 0, total: 0 };
    return `${v}=${t.shown}/${t.total}`;
  };
  console.log(`${part}: shown ${['WRONG', 'CORRECT', 'TRIVIAL'].map(cell).join(' ')}`);
}
