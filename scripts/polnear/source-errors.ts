// Lists the tune part's predicted sources that do not overlap the gold: spurious attributions
// (no gold pairs with them) and paired ones whose source is another mention, with the rule that
// made each, so false-positive sources can be grouped by cause. Only tune articles are read.
// Usage: npx tsx scripts/polnear/source-errors.ts <dir>
import type { AttributionClaim } from '../../src/model/claim.js';
import { analyzeText } from '../../src/pipeline.js';
import { type Attr, isHeldOut, readArticles } from './gold.js';
import { overlaps, pair } from './score.js';

const [dir] = process.argv.slice(2);
const byRule = new Map<string, number>();
readArticles(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const analyzed = analyzeText(article.text, { outlet: 'polnear' });
  const byCue = new Map<string, Attr & { rule: string; pronoun: string }>();
  for (const c of analyzed.claims) {
    if (c.kind !== 'attribution') continue;
    const key = `${c.cue.start}:${c.cue.end}`;
    const speaker = (c as AttributionClaim).speaker;
    const a = byCue.get(key) ?? {
      source: speaker ? [[speaker.start, speaker.end] as [number, number]] : [],
      cue: [[c.cue.start, c.cue.end]],
      content: [],
      rule: c.ruleId.replace('extract/attribution-', ''),
      pronoun: speaker?.antecedent ? `(=${speaker.antecedent.text})` : '',
    };
    a.content.push([c.content.start, c.content.end]);
    byCue.set(key, a);
  }
  const pred = [...byCue.values()];
  const pairs = pair(article.gold, pred);
  const goldOf = new Map([...pairs].map(([g, p]) => [p, g]));
  const sh = (f: [number, number][]) => f.map(([a, b]) => article.text.slice(a, b)).join('|');
  for (const p of pred) {
    if (p.source.length === 0) continue;
    const g = goldOf.get(p);
    if (g && overlaps(g.source, p.source)) continue;
    const kind = g ? 'WRONG-SOURCE' : 'SPURIOUS';
    byRule.set(`${kind} ${p.rule}`, (byRule.get(`${kind} ${p.rule}`) ?? 0) + 1);
    console.log(
      `${kind} ${p.rule}\tS=[${sh(p.source)}]${p.pronoun} C=[${sh(p.cue)}] X=[${sh(p.content).slice(0, 90)}]${g ? ` GOLD S=[${sh(g.source)}] C=[${sh(g.cue)}]` : ''}`,
    );
  }
});
for (const [k, v] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)} ${k}`);
