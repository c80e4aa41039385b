// Scores attribution extraction on PolNeAR-format data (Newell, Margolin & Ruths, LREC 2018).
// Each article runs through analyzeText, the real pipeline. The articles are split
// deterministically: in name order, every 4th is held out (tune on the rest, report both).
// Attribution claims that share one cue (a quote continued over several sentences) are one
// attribution, as in PolNeAR, whose content may have several fragments. Spans match when they
// overlap; the exact-span line counts the same words only (scripts/polnear/score.ts).
// Usage: npm run --silent eval:polnear -- <dir> [--verbose]   (--verbose lists tune-part misses)

import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import type { Sentence } from '../src/model/source.js';
import { analyzeText } from '../src/pipeline.js';
import { attributionsByCue } from './polnear/by-cue.js';
import { type Attr, type Frag, isHeldOut, readArticlesOrExit } from './polnear/gold.js';
import { CUE_TYPES, ELEMENTS, emptyScore, type Score, scoreArticle } from './polnear/score.js';

finishDespiteClosedPipe();

function predicted(text: string): { sentences: Sentence[]; pred: Attr[] } {
  const analyzed = analyzeText(text, { outlet: 'polnear' });
  return { sentences: analyzed.sentences, pred: attributionsByCue(analyzed.claims) };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b ? a / b : 0);

function report(name: string, score: Score): void {
  console.log(`== ${name}: articles=${score.articles} gold attributions=${score.attributions}`);
  const f: Record<string, string> = {};
  for (const k of ELEMENTS) {
    const { tp, gold, pred } = score.elements[k];
    const [p, r] = [ratio(tp, pred), ratio(tp, gold)];
    f[k] = f1(p, r).toFixed(3);
    console.log(
      `${k.padEnd(8)} precision=${p.toFixed(3)} recall=${r.toFixed(3)} f1=${f[k]} (tp=${tp} pred=${pred} gold=${gold})`,
    );
  }
  const exact = ELEMENTS.map((k) => {
    const { exact: tp, gold, pred } = score.elements[k];
    return `${k}=${f1(ratio(tp, pred), ratio(tp, gold)).toFixed(3)} (${tp})`;
  });
  console.log(`exact-span f1: ${exact.join(' ')}`);
  const types = CUE_TYPES.map((t) => {
    const { tp, gold } = score.types[t];
    return `${t}=${ratio(tp, gold).toFixed(3)} (${tp}/${gold})`;
  });
  console.log(`recall by cue type: ${types.join(' ')}`);
  console.log(`${name}: source_f1=${f.source} cue_f1=${f.cue} content_f1=${f.content}`);
}

const show = (text: string, frags: Frag[]): string => frags.map(([s, e]) => text.slice(s, e)).join(' | ');
const line = (text: string, a: Attr): string =>
  `S=[${show(text, a.source)}] C=[${show(text, a.cue)}] X=[${show(text, a.content).slice(0, 160)}]`;

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: eval-polnear <dir with text/ and attributions/> [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const parts = { tune: emptyScore(), heldout: emptyScore(), all: emptyScore() };
readArticlesOrExit(dir).forEach((article, i) => {
  const { sentences, pred } = predicted(article.text);
  const part = isHeldOut(i) ? 'heldout' : 'tune';
  scoreArticle(parts[part], article.text, sentences, article.gold, pred);
  const { missed, spurious } = scoreArticle(parts.all, article.text, sentences, article.gold, pred);
  if (!verbose || part !== 'tune') return;
  for (const g of missed) console.log(`MISS ${article.doc} ${line(article.text, g)}`);
  for (const p of spurious) console.log(`FP   ${article.doc} ${line(article.text, p)}`);
});
report('tune', parts.tune);
report('heldout', parts.heldout);
report('all', parts.all);
