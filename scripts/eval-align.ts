/**
 * Scores the alignment of the sample event (Press TV = a, wire = b) against the hand-made
 * gold alignment in test/gold/astana-alignment.json: precision and recall of sentence links.
 * Usage: npm run --silent eval:align
 */
import { readFileSync } from 'node:fs';
import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { analyzeFile } from '../src/pipeline.js';
import { align } from '../src/stages/align/index.js';
import { type GoldAlignment, scoreAlignment } from './lib/score-alignment.js';

finishDespiteClosedPipe();

const root = new URL('../', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(`${root}test/gold/astana-alignment.json`, 'utf8')) as GoldAlignment & {
  a: string;
  b: string;
};
/** The sample event is in the repository's sources/. */
const locate = (rel: string): string => `${root}sources/${rel}`;

const a = analyzeFile(locate(gold.a));
const b = analyzeFile(locate(gold.b));
const links = align(a, b);
const score = scoreAlignment(links, gold, a, b);
const text = (pair: string): string => {
  const [x, y] = pair.split('~');
  const cut = (s: string | undefined) => (s ?? '').slice(0, 60);
  return `${x} "${cut(a.sentences.find((s) => s.id === x)?.text)}" ~ ${y} "${cut(b.sentences.find((s) => s.id === y)?.text)}"`;
};
for (const pair of score.missed) console.log(`missed  ${text(pair)}`);
for (const pair of score.extra) console.log(`extra   ${text(pair)}`);
for (const id of score.wronglyLinked) console.log(`caption or promo linked: ${id}`);
console.log(
  `links=${links.length} gold-pairs=${score.gold} predicted-pairs=${score.predicted} matched=${score.matched}`,
);
console.log(`precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)}`);
