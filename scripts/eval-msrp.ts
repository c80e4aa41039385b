/**
 * Scores the paraphrase judgement on a file in MSRP's format with the very function that
 * labels an alignment link `equivalent` (isEquivalent): each sentence is analyzed as a
 * one-sentence source. Usage: npm run --silent eval:msrp -- <file.tsv>
 * Last line: accuracy=<0..1> f1=<0..1> n=<pairs>, F1 of the positive class.
 */
import { readFileSync } from 'node:fs';
import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import { analyzeText } from '../src/pipeline.js';
import { loadIdf } from '../src/stages/align/idf.js';
import { isEquivalent } from '../src/stages/align/index.js';
import { parseMsrp, profileWhole } from './lib/msrp.js';

finishDespiteClosedPipe();

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent eval:msrp -- <file.tsv>  (MSRP format, header line first)');
  process.exit(2);
}
const pairs = parseMsrp(readFileSync(file, 'utf8'));
const idf = loadIdf();
const profile = (text: string) => profileWhole(analyzeText(`${text}\n`), idf);
let tp = 0;
let fp = 0;
let fn = 0;
let right = 0;
for (const pair of pairs) {
  const guess = isEquivalent(profile(pair.first), profile(pair.second)) ? 1 : 0;
  if (guess === pair.quality) right++;
  if (guess === 1 && pair.quality === 1) tp++;
  if (guess === 1 && pair.quality === 0) fp++;
  if (guess === 0 && pair.quality === 1) fn++;
}
const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
console.log(
  `accuracy=${(pairs.length ? right / pairs.length : 0).toFixed(4)} f1=${f1.toFixed(4)} n=${pairs.length}`,
);
