// Groups the tune part's false predicted attributions of PolNeAR dev, so the biggest general causes
// of lost precision show: a cue no gold attribution pairs with (SPURIOUS), a partner whose cue does
// not overlap (CUE-ELSEWHERE), and paired ones whose source or content misses the partner's
// (WRONG-SOURCE, WRONG-CONTENT). Each is grouped by --type: rule id, cue lemma, cue kind, or the
// shape around the cue (what precedes and follows it). Only tune articles are read.
// Usage: npx tsx scripts/polnear/classify-false.ts <dir> [--type rule|lemma|kind|shape] [--list PREFIX] [--true]
import type { Sentence, Token } from '../../src/model/source.js';
import { analyzeText } from '../../src/pipeline.js';
import { attributionsByCue, type Predicted } from './by-cue.js';
import { type Attr, isHeldOut, readArticlesOrExit } from './gold.js';
import { overlaps, pair } from './score.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const type = option('--type') ?? 'rule';
const list = option('--list');
/** --true counts and lists the correct predictions too, to weigh a group before guarding it. */
const withTrue = args.includes('--true');
if (!dir || !['rule', 'lemma', 'kind', 'shape'].includes(type)) {
  console.error('usage: classify-false <dir> [--type rule|lemma|kind|shape] [--list PREFIX] [--true]');
  process.exit(2);
}

/** What a token looks like to the shape: a few closed-class words by themselves, else its tag. */
function word(t: Token | undefined): string {
  if (!t) return '^';
  if (/^(?:to|that|not|n't|will|would|could|may|might|should|can|if|who|which|and|but|as)$/u.test(t.lower))
    return t.lower;
  if (/^[,.:;?!“"”'‘’()—–-]$/u.test(t.text)) return t.text;
  return t.pos;
}

/** The cue's kind: a verb, a noun, "according to", a colon, or another tag. */
function kind(tokens: Token[]): string {
  if (tokens.length === 0) return 'none';
  const words = tokens.map((t) => t.lower).join(' ');
  if (/according to/u.test(words)) return 'according-to';
  if (tokens.every((t) => /^[:\s]$/u.test(t.text))) return 'colon';
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return 'verb';
  return tokens.some((t) => t.pos === 'NOUN') ? 'nominal' : tokens[0].pos;
}

/** The key of one false attribution for the chosen --type. */
function key(p: Predicted, sentences: Sentence[]): string {
  const [[s, e]] = p.cue;
  const sentence = sentences.find((x) => x.start <= s && s < x.end);
  const tokens = sentence?.tokens ?? [];
  const first = tokens.findIndex((t) => t.end > s);
  let last = first;
  while (tokens[last + 1] && tokens[last + 1].start < e) last++;
  const claim = p.claims[0];
  if (type === 'rule') return claim.ruleId.replace('extract/attribution-', '');
  if (type === 'lemma') return claim.cue.lemma;
  if (type === 'kind')
    return `${kind(tokens.slice(first, last + 1))}${sentence?.role === 'headline' ? ':headline' : ''}`;
  const before = [word(tokens[first - 2]), word(tokens[first - 1])].join(' ');
  const after = [word(tokens[last + 1]), word(tokens[last + 2])].join(' ');
  return `${before} [CUE] ${after}`;
}

const counts = new Map<string, number>();
/** Every prediction by group, so each line shows what share of its group is false. */
const predicted = new Map<string, number>();
const text = (t: string, f: [number, number][]) => f.map(([a, b]) => t.slice(a, b)).join('|');
let total = 0;
readArticlesOrExit(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const analyzed = analyzeText(article.text, { outlet: 'polnear' });
  const pred = attributionsByCue(analyzed.claims);
  const goldOf = new Map<Attr, Attr>([...pair(article.gold, pred)].map(([g, p]) => [p, g]));
  for (const p of pred) {
    const g = goldOf.get(p);
    const what = !g
      ? 'SPURIOUS'
      : !overlaps(g.cue, p.cue)
        ? 'CUE-ELSEWHERE'
        : p.source.length > 0 && !overlaps(g.source, p.source)
          ? 'WRONG-SOURCE'
          : !overlaps(g.content, p.content)
            ? 'WRONG-CONTENT'
            : undefined;
    const group = key(p, analyzed.sentences);
    predicted.set(group, (predicted.get(group) ?? 0) + 1);
    if (!what && !withTrue) continue;
    if (what) total += 1;
    const k = `${what ?? 'TRUE'} ${group}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (list === undefined || !k.startsWith(list)) continue;
    const s = analyzed.sentences.find((x) => x.start <= p.cue[0][0] && p.cue[0][0] < x.end);
    const gold = g ? ` GOLD S=[${text(article.text, g.source)}] C=[${text(article.text, g.cue)}]` : '';
    console.log(
      `${k}\t${p.claims[0].ruleId.replace('extract/attribution-', '')} ${article.doc} S=[${text(article.text, p.source)}] C=[${text(article.text, p.cue)}] X=[${text(article.text, p.content).slice(0, 100)}]${gold}\n    ${s?.text.slice(0, 300).replace(/\n/g, ' ')}`,
    );
  }
});
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
  console.log(`${String(v).padStart(4)} ${k}  (of ${predicted.get(k.slice(k.indexOf(' ') + 1))} predicted)`);
console.log(
  `${String(total).padStart(4)} total (of ${[...predicted.values()].reduce((a, b) => a + b, 0)} predicted)`,
);
