/**
 * General features of each judged, shown omission (hold15, issue 10): which of them tell an omission
 * the other article reports in other words (WRONG) from one it does not (CORRECT)? Run:
 *
 *   npx tsx scripts/omission-signals/features.ts ../shared DUMP_DIR OUT_JSON JUDGE_DIR...
 *
 * DUMP_DIR holds one report JSON a pair (eval:findings --dump); a judged omission counts only when a
 * finding with its pair and spans is shown (confidence ≥ 0.5) there. OUT_JSON gets, per finding, its
 * split, verdict and features: numbers only, no words, so held-out rows can be scored by fit.ts
 * without being read. Features: the finding's confidence, salience, evidence sentences and head
 * ("Only X quotes", "names", "reports this"), how many names and quoted words its explanation says
 * the other article never mentions, the first sentence's place, the share of the evidence inside
 * quotation marks, its length, the names and figures of the evidence absent from the other article,
 * and the rarity-weighted share of its content lemmas said in the best window of one or two
 * consecutive sentences of the other article (and anywhere in it). SKIP=REGEX leaves unread the
 * batches whose file name it matches (hold15b: the new held-out set, unread until the model was
 * committed). Each row also names every batch it was read in, so fit.ts can keep random draws.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedSource } from '../../src/model/analyzed-source.js';
import type { Token } from '../../src/model/source.js';
import { idfWeight } from '../../src/stages/align/index.js';
import { analyzerOf } from '../findings/analyzed.js';
import { splitOf } from '../findings/split.js';
import { judgedOmissions, keyOf } from './judged.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
const SHOWN = 0.5;

const [shared, dump, out, ...judgeDirs] = process.argv.slice(2);
if (!shared || !dump || !out || judgeDirs.length === 0) {
  console.error(
    'usage: npx tsx scripts/omission-signals/features.ts ../shared DUMP_DIR OUT_JSON JUDGE_DIR...',
  );
  process.exit(2);
}

interface ReportFinding {
  kind: string;
  ruleId: string;
  confidence: number;
  salience: number;
  explanation: string;
  a: { sentence: string; start: number; end: number }[];
  b: { sentence: string; start: number; end: number }[];
}
interface Report {
  sources: { a: { path: string }; b: { path: string } };
  findings: ReportFinding[];
}

/** Every shown omission of the dump by key, with its pair's paths. */
type Side = 'a' | 'b';
const shown = new Map<
  string,
  { f: ReportFinding; aPath: string; bPath: string; side: Side; spans: [number, number][] }
>();
for (const file of readdirSync(dump).sort()) {
  if (!file.endsWith('.json')) continue;
  const corpus = file.split('-')[0];
  const r = JSON.parse(readFileSync(join(dump, file), 'utf8')) as Report;
  const [aPath, bPath] = [r.sources.a.path, r.sources.b.path].map((p) => `corpora/${corpus}/${p}`);
  for (const f of r.findings) {
    if (f.kind !== 'omission' || f.confidence < SHOWN) continue;
    const side = f.a.length > 0 ? 'a' : 'b';
    const spans = f[side].map((s) => [s.start, s.end] as [number, number]);
    shown.set(keyOf(aPath, bPath, side, spans), { f, aPath, bPath, side, spans });
  }
}

const analyze = analyzerOf(shared);

/** Share of the spans' characters between quotation marks (straight or curly), counted per sentence. */
function quotedShare(source: AnalyzedSource, spans: [number, number][]): number {
  let inside = 0;
  let total = 0;
  for (const [s, e] of spans) {
    const sentence = source.sentences.find((x) => x.start <= s && s < x.end);
    let open = false;
    for (let i = sentence?.start ?? s; i < e; i++) {
      const c = source.text[i];
      if (c === '"' || c === '\u201c' || c === '\u201d')
        open = c === '\u201c' ? true : c === '\u201d' ? false : !open;
      else if (i >= s) {
        total++;
        if (open) inside++;
      }
    }
  }
  return total === 0 ? 0 : inside / total;
}

/** Rarity-weighted share of `words` (lemmas) that `said` holds. */
function saidShare(words: Token[], said: Set<string>): number {
  let [hit, all] = [0, 0];
  for (const w of words) {
    const weight = idfWeight(w.lemma);
    all += weight;
    if (said.has(w.lemma) || said.has(w.lower)) hit += weight;
  }
  return all === 0 ? 0 : hit / all;
}

/** The features of one shown omission (numbers only). */
function featuresOf(f: ReportFinding, own: AnalyzedSource, other: AnalyzedSource, spans: [number, number][]) {
  const tokens = own.sentences
    .flatMap((s) => s.tokens)
    .filter((t) => spans.some(([s, e]) => t.start >= s && t.end <= e));
  const content = tokens.filter((t) => CONTENT.has(t.pos));
  const otherWords = new Set(other.sentences.flatMap((s) => s.tokens.flatMap((t) => [t.lemma, t.lower])));
  const names = content.filter((t) => t.pos === 'PROPN');
  const figures = content.filter((t) => t.pos === 'NUM');
  const windows = other.sentences
    .filter((s) => s.role === 'body' || s.role === 'headline')
    .map((s) => s.tokens.flatMap((t) => [t.lemma, t.lower]));
  let best = 0;
  for (let i = 0; i < windows.length; i++) {
    best = Math.max(best, saidShare(content, new Set(windows[i])));
    if (i + 1 < windows.length)
      best = Math.max(best, saidShare(content, new Set([...windows[i], ...windows[i + 1]])));
  }
  const head = f.explanation.split(';')[0];
  const never = /never mentions (.*?)(?:: "|$)/.exec(f.explanation)?.[1] ?? '';
  const neverItems = never ? never.split(/, | or /) : [];
  const first = own.sentences.find((s) => s.start <= spans[0][0] && spans[0][0] < s.end);
  const lastParagraph = own.sentences.at(-1)?.paragraph ?? 0;
  const bodyWords = (x: AnalyzedSource) =>
    x.sentences.filter((s) => s.role === 'body').reduce((n, s) => n + s.tokens.length, 0);
  return {
    confidence: f.confidence,
    salience: f.salience,
    sentences: new Set(f[f.a.length > 0 ? 'a' : 'b'].map((s) => s.sentence)).size,
    headQuotes: / quotes /.test(head) ? 1 : 0,
    headNames: / names /.test(head) ? 1 : 0,
    neverNames: neverItems.filter((x) => !x.startsWith("'")).length,
    neverWords: neverItems.filter((x) => x.startsWith("'")).length,
    paragraph: first?.paragraph ?? 0,
    place: lastParagraph === 0 ? 0 : (first?.paragraph ?? 0) / lastParagraph,
    quoted: quotedShare(own, spans),
    words: tokens.length,
    contentWords: content.length,
    namesAbsent: names.filter((t) => !otherWords.has(t.lower)).length,
    namesAbsentShare:
      names.length === 0 ? 0 : names.filter((t) => !otherWords.has(t.lower)).length / names.length,
    figuresAbsent: figures.filter((t) => !otherWords.has(t.lower)).length,
    bestWindow: best,
    anywhere: saidShare(content, otherWords),
    otherWords: bodyWords(other),
    ownWords: bodyWords(own),
  };
}

const { judged, conflicts } = judgedOmissions(
  judgeDirs,
  process.env.SKIP ? new RegExp(process.env.SKIP) : undefined,
);
const rowOf = (
  hit: { f: ReportFinding; aPath: string; bPath: string; side: Side; spans: [number, number][] },
  verdict: string,
  from: string,
  readIn: string[],
) => {
  const own = analyze(hit.side === 'a' ? hit.aPath : hit.bPath);
  const other = analyze(hit.side === 'a' ? hit.bPath : hit.aPath);
  return {
    pair: `${hit.aPath} ${hit.bPath}`,
    split: splitOf(hit.aPath),
    verdict,
    from,
    readIn,
    rule: hit.f.ruleId,
    features: featuresOf(hit.f, own, other, hit.spans),
  };
};
const judgedKeys = new Set(judged.map((j) => keyOf(j.aPath, j.bPath, j.side, j.spans)));
const judgedRows = judged.flatMap((j) => {
  const hit = shown.get(keyOf(j.aPath, j.bPath, j.side, j.spans));
  return hit ? [rowOf(hit, j.verdict, j.from, j.readIn)] : [];
});
// The unjudged shown omissions of the same pairs (verdict UNJUDGED): a per-pair cut ranks a finding
// among every shown omission of its pair, judged or not.
const judgedPairs = new Set(judgedRows.map((r) => r.pair));
const unjudgedRows = [...shown.entries()]
  .filter(([key, hit]) => !judgedKeys.has(key) && judgedPairs.has(`${hit.aPath} ${hit.bPath}`))
  .map(([, hit]) => rowOf(hit, 'UNJUDGED', '', []));
const rows = [...judgedRows, ...unjudgedRows];
rows.sort((x, y) => (x.pair < y.pair ? -1 : x.pair > y.pair ? 1 : 0));
const shownJudged = rows.filter((r) => r.verdict !== 'UNJUDGED');
writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);
const count = (split: string) => {
  const r = shownJudged.filter((x) => x.split === split);
  const by = (v: string) => r.filter((x) => x.verdict === v).length;
  return `${split} ${r.length} (CORRECT ${by('CORRECT')}, TRIVIAL ${by('TRIVIAL')}, WRONG ${by('WRONG')})`;
};
console.log(
  `${judged.length} judged omissions (${conflicts} verdicts overridden by a later, different one); shown in ${dump}: ${count('tune')}; ${count('heldout')}`,
);
