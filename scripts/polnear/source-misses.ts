// Lists the tune part's attributions whose cue matches the gold but whose source does not: a
// WRONG source (the prediction names another mention), NONE (the gold has a source, the prediction
// none) and EXTRA (the prediction names a source where the gold has none), each with the gold and
// predicted spans, the rule that made it and its sentence, so the causes can be grouped. Counts by
// kind and rule close the list; a rule marked `~` made a prediction paired with the gold by its
// content only (its cue is another word). Only tune articles are read (held-out: gold.ts isHeldOut).
// Usage: npx tsx scripts/polnear/source-misses.ts <dir> [--kind WRONG|NONE|EXTRA]
import { finishDespiteClosedPipe } from '../../src/cli/closed-pipe.js';
import { analyzeText } from '../../src/pipeline.js';
import { attributionsByCue } from './by-cue.js';
import { type Frag, isHeldOut, readArticlesOrExit } from './gold.js';
import { overlaps, pair } from './score.js';

finishDespiteClosedPipe();
const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: source-misses <dir with text/ and attributions/> [--kind WRONG|NONE|EXTRA]');
  process.exit(2);
}
const at = rest.indexOf('--kind');
const only = at >= 0 ? rest[at + 1] : undefined;
const counts = new Map<string, number>();

readArticlesOrExit(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const { text } = article;
  const analyzed = analyzeText(text, { outlet: 'polnear' });
  const show = (f: Frag[]): string => f.map(([a, b]) => text.slice(a, b)).join(' | ');
  const sentenceOf = (at: number): string =>
    analyzed.sentences.find((s) => s.start <= at && at < s.end)?.text.replace(/\s+/gu, ' ') ?? '';
  for (const [g, p] of pair(article.gold, attributionsByCue(analyzed.claims))) {
    // Paired by content only: the prediction's cue is another word of the sentence (or another cue).
    const by = overlaps(g.cue, p.cue) ? '' : '~';
    const kind =
      g.source.length === 0
        ? p.source.length > 0
          ? 'EXTRA'
          : null
        : p.source.length === 0
          ? 'NONE'
          : overlaps(g.source, p.source)
            ? null
            : 'WRONG';
    if (!kind) continue;
    const rule = `${by}${p.claims[0].ruleId.replace('extract/attribution-', '')}`;
    counts.set(`${kind} ${rule}`, (counts.get(`${kind} ${rule}`) ?? 0) + 1);
    if (only && kind !== only) continue;
    const antecedent = p.claims[0].speaker?.antecedent;
    console.log(
      `${kind} ${rule} ${article.doc}\n  GOLD S=[${show(g.source)}] C=[${show(g.cue)}]\n  PRED S=[${show(p.source)}]${antecedent ? `(=${antecedent.text})` : ''} C=[${show(p.cue)}]\n  ${sentenceOf(p.cue[0][0])}`,
    );
  }
});
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
  console.log(`${String(v).padStart(4)} ${k}`);
