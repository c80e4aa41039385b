// Scores attribution extraction on PolNeAR-format data (Newell, Margolin & Ruths, LREC 2018):
// <dir>/text/<doc>.txt and <dir>/attributions/<doc>_<annotator>.ann (brat: Source, Cue and
// Content spans, discontinuous fragments joined by ';', Attribution events tying them).
// Each article runs through analyzeText, the real pipeline. Where an article has several
// annotators, the first .ann in name order is the gold, so no article counts twice.
// Matching: gold and predicted attributions are paired one-to-one, first by overlapping cues,
// then by overlapping content; an element is found when the paired spans overlap.
// Usage: npm run --silent eval:polnear -- <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionClaim } from '../src/model/claim.js';
import { analyzeText } from '../src/pipeline.js';

type Frag = [number, number];
interface Attr {
  source: Frag[];
  cue: Frag[];
  content: Frag[];
}
const ELEMENTS = ['source', 'cue', 'content'] as const;

/** UTF-16 offsets; brat counts code points, which differ only past the BMP, so convert when they do. */
function toUtf16(text: string): (n: number) => number {
  const cps = [...text];
  if (cps.length === text.length) return (n) => n;
  const map: number[] = [0];
  for (const cp of cps) map.push(map[map.length - 1] + cp.length);
  return (n) => map[n] ?? n;
}

function parseAnn(ann: string, text: string): Attr[] {
  const conv = toUtf16(text);
  const spans = new Map<string, Frag[]>();
  const attrs: Attr[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/u.exec(line);
    if (t)
      spans.set(
        t[1],
        t[2].split(';').map(
          (f) =>
            f
              .trim()
              .split(' ')
              .map((n) => conv(Number(n))) as Frag,
        ),
      );
    const e = /^E\d+\tAttribution[^:]*:\S+ (.*)$/u.exec(line);
    if (!e) continue;
    const attr: Attr = { source: [], cue: [], content: [] };
    for (const arg of e[1].trim().split(/\s+/u)) {
      const [role, id] = arg.split(':');
      const key = role.toLowerCase().replace(/\d+$/u, '') as keyof Attr;
      if (key in attr) attr[key].push(...(spans.get(id) ?? []));
    }
    attrs.push(attr);
  }
  return attrs;
}

const overlaps = (a: Frag[], b: Frag[]): boolean =>
  a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));

function predicted(text: string): Attr[] {
  return analyzeText(text, { outlet: 'polnear' })
    .claims.filter((c): c is AttributionClaim => c.kind === 'attribution')
    .map((c) => ({
      source: c.speaker ? [[c.speaker.start, c.speaker.end] as Frag] : [],
      cue: [[c.cue.start, c.cue.end]],
      content: [[c.content.start, c.content.end]],
    }));
}

/** One-to-one pairs: by cue overlap first, then by content overlap. */
function pair(gold: Attr[], pred: Attr[]): [Attr, Attr][] {
  const pairs: [Attr, Attr][] = [];
  const used = new Set<Attr>();
  for (const key of ['cue', 'content'] as const) {
    for (const g of gold) {
      if (pairs.some(([pg]) => pg === g)) continue;
      const p = pred.find((x) => !used.has(x) && overlaps(g[key], x[key]));
      if (p) {
        used.add(p);
        pairs.push([g, p]);
      }
    }
  }
  return pairs;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: eval-polnear <dir with text/ and attributions/>');
  process.exit(2);
}
const counts = Object.fromEntries(ELEMENTS.map((k) => [k, { tp: 0, gold: 0, pred: 0 }]));
const annFiles = readdirSync(join(dir, 'attributions'))
  .filter((f) => f.endsWith('.ann'))
  .sort();
const seen = new Set<string>();
let n = 0;
for (const ann of annFiles) {
  const doc = ann.replace(/_[0-9a-f]+\.ann$/u, '');
  if (seen.has(doc)) continue;
  seen.add(doc);
  const text = readFileSync(join(dir, 'text', `${doc}.txt`), 'utf8');
  const gold = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), text);
  const pred = predicted(text);
  n += gold.length;
  for (const k of ELEMENTS) {
    counts[k].gold += gold.filter((g) => g[k].length > 0).length;
    counts[k].pred += pred.filter((p) => p[k].length > 0).length;
  }
  for (const [g, p] of pair(gold, pred))
    for (const k of ELEMENTS) if (overlaps(g[k], p[k])) counts[k].tp += 1;
}
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const scores: Record<string, number> = {};
console.log(`articles=${seen.size}`);
for (const k of ELEMENTS) {
  const { tp, gold, pred } = counts[k];
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  scores[k] = f1(p, r);
  console.log(
    `${k.padEnd(8)} precision=${p.toFixed(3)} recall=${r.toFixed(3)} f1=${scores[k].toFixed(3)} (tp=${tp} pred=${pred} gold=${gold})`,
  );
}
console.log(
  `source_f1=${scores.source.toFixed(3)} cue_f1=${scores.cue.toFixed(3)} content_f1=${scores.content.toFixed(3)} n=${n}`,
);
