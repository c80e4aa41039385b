/**
 * How much WordNet word relations (src/text/similarity-synonyms.ts) add to a weighted word-overlap
 * paraphrase test, on a file in MSRP's format (calibrate on MSRP train only). Each sentence's content
 * lemmas are weighed by the shipped IDF table; `cover` = shared weight / the lighter sentence's weight,
 * where a related pair (one lemma a side, neither in the other sentence) counts `discount` × the
 * lighter of its two weights. Prints, per discount, the best-F1 threshold and precision/recall at it,
 * and precision and recall at covers 0.5, 0.7 and 0.8.
 * Usage: npx tsx scripts/eval-msrp-synonyms.ts <file.tsv>
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/pipeline.js';
import { idfWeight as weight } from '../src/stages/align/idf.js';
import { isContent } from '../src/stages/compare/weights.js';
import { relatedLemmas } from '../src/text/similarity-synonyms.js';
import { parseMsrp } from './lib/msrp.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/eval-msrp-synonyms.ts <file.tsv>');
  process.exit(2);
}
type Bag = Map<string, string>; // lemma → universal tag
const bag = (text: string): Bag =>
  new Map(
    analyzeText(`${text}\n`)
      .sentences.flatMap((s) => s.tokens)
      .filter(isContent)
      .map((t) => [t.lemma, t.pos] as const),
  );
const total = (b: Bag) => [...b.keys()].reduce((s, l) => s + weight(l), 0);

function cover(x: Bag, y: Bag, discount: number): number {
  let shared = 0;
  for (const l of x.keys()) if (y.has(l)) shared += weight(l);
  if (discount > 0) {
    const usedY = new Set<string>();
    for (const [l, tag] of x) {
      if (y.has(l)) continue;
      for (const [m, tagY] of y) {
        if (x.has(m) || usedY.has(m) || tagY !== tag || !relatedLemmas(tag, l, m)) continue;
        usedY.add(m);
        shared += discount * Math.min(weight(l), weight(m));
        break;
      }
    }
  }
  return shared / Math.min(total(x), total(y));
}

const pairs = parseMsrp(readFileSync(file, 'utf8')).map((p) => ({ ...p, x: bag(p.first), y: bag(p.second) }));
for (const discount of [0, 0.5, 0.75, 1]) {
  const scored = pairs.map((p) => ({ q: p.quality, c: cover(p.x, p.y, discount) }));
  const at = (t: number) => {
    const tp = scored.filter((s) => s.c >= t && s.q === 1).length;
    const fp = scored.filter((s) => s.c >= t && s.q === 0).length;
    const fn = scored.filter((s) => s.c < t && s.q === 1).length;
    return {
      t,
      p: tp / Math.max(1, tp + fp),
      r: tp / Math.max(1, tp + fn),
      f1: (2 * tp) / (2 * tp + fp + fn),
    };
  };
  const grid = Array.from({ length: 81 }, (_, i) => 0.2 + i * 0.01).map(at);
  const best = grid.reduce((m, g) => (g.f1 > m.f1 ? g : m));
  const f = (g: ReturnType<typeof at>) =>
    `t=${g.t.toFixed(2)} P=${g.p.toFixed(3)} R=${g.r.toFixed(3)} F1=${g.f1.toFixed(3)}`;
  console.log(`discount=${discount} best ${f(best)} | ${f(at(0.5))} | ${f(at(0.7))} | ${f(at(0.8))}`);
}
console.log(`n=${pairs.length}`);
