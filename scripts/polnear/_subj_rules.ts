import { analyzeText } from '../../src/pipeline.js';
import { attributionsByCue } from './by-cue.js';
import { isHeldOut, readArticles } from './gold.js';
import { overlaps, pair } from './score.js';
const dir = process.argv[2];
const stats = new Map<string, { tp: number; pred: number }>();
readArticles(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const analyzed = analyzeText(article.text, { outlet: 'polnear' });
  const pred = attributionsByCue(analyzed.claims);
  const pairs = pair(article.gold, pred);
  const hit = new Set<unknown>();
  for (const [g, p] of pairs) if (overlaps(g.cue, p.cue)) hit.add(p);
  for (const p of pred) {
    const id = p.claims[0].ruleId.replace('extract/attribution-', '');
    const s = stats.get(id) ?? { tp: 0, pred: 0 };
    s.pred++;
    if (hit.has(p)) s.tp++;
    stats.set(id, s);
  }
});
for (const [id, s] of [...stats].sort((a, b) => b[1].pred - a[1].pred))
  console.log(`${id.padEnd(22)} ${s.tp}/${s.pred} ${(s.tp / s.pred).toFixed(2)}`);
// list
if (process.argv[3]) {
  readArticles(dir).forEach((article, n) => {
    if (isHeldOut(n)) return;
    const analyzed = analyzeText(article.text, { outlet: 'polnear' });
    const pred = attributionsByCue(analyzed.claims);
    const pairs = pair(article.gold, pred);
    const hit = new Set<unknown>();
    for (const [g, p] of pairs) if (overlaps(g.cue, p.cue)) hit.add(p);
    for (const p of pred) {
      if (hit.has(p) || !p.claims[0].ruleId.endsWith(process.argv[3])) continue;
      const c = p.claims[0];
      const s = analyzed.sentences.find((x) => x.id === c.sentence);
      console.log(`[${c.speaker?.text}] <${c.cue.text}> {${c.content.text.slice(0, 60)}}\n     ${s?.text.slice(0, 220)}`);
    }
  });
}
