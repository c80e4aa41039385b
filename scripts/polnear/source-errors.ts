// Lists the tune part's predicted sources that do not overlap the gold: spurious attributions
// (no gold pairs with them) and paired ones whose source is another mention, with the rule that
// made each, so false-positive sources can be grouped by cause. Only tune articles are read.
// Usage: npx tsx scripts/polnear/source-errors.ts <dir>
import { analyzeText } from '../../src/pipeline.js';
import { attributionsByCue } from './by-cue.js';
import { isHeldOut, readArticlesOrExit } from './gold.js';
import { overlaps, pair } from './score.js';

const [dir] = process.argv.slice(2);
const byRule = new Map<string, number>();
readArticlesOrExit(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const analyzed = analyzeText(article.text, { outlet: 'polnear' });
  const pred = attributionsByCue(analyzed.claims);
  const pairs = pair(article.gold, pred);
  const goldOf = new Map([...pairs].map(([g, p]) => [p, g]));
  const sh = (f: [number, number][]) => f.map(([a, b]) => article.text.slice(a, b)).join('|');
  for (const p of pred) {
    if (p.source.length === 0) continue;
    const g = goldOf.get(p);
    if (g && overlaps(g.source, p.source)) continue;
    const kind = g ? 'WRONG-SOURCE' : 'SPURIOUS';
    // The rule that made the attribution and the pronoun its speaker stands for, from its first claim.
    const rule = p.claims[0].ruleId.replace('extract/attribution-', '');
    const antecedent = p.claims[0].speaker?.antecedent;
    const pronoun = antecedent ? `(=${antecedent.text})` : '';
    byRule.set(`${kind} ${rule}`, (byRule.get(`${kind} ${rule}`) ?? 0) + 1);
    console.log(
      `${kind} ${rule}\tS=[${sh(p.source)}]${pronoun} C=[${sh(p.cue)}] X=[${sh(p.content).slice(0, 90)}]${g ? ` GOLD S=[${sh(g.source)}] C=[${sh(g.cue)}]` : ''}`,
    );
  }
});
for (const [k, v] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)} ${k}`);
