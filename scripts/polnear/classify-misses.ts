// Classifies the tune part's missed verb cues of PolNeAR dev by cause, so the biggest general
// causes show: verb not in the lexicon, cue not found (infinitive, passive, modal, tag), cue found
// but no rule fits (by what follows the verb), draft dropped (inside a quotation, pronoun speaker),
// or predicted but paired with another gold attribution. `--type nominal` and `--type continuation`
// group the verbless cues and the quote continuations instead (classify-nominal.ts). Each article's
// quotations are found once. Only tune articles are read.
// Usage: npx tsx scripts/polnear/classify-misses.ts <dir> [--type verb|nominal|continuation] [--list CAUSE]
import { finishDespiteClosedPipe } from '../../src/cli/closed-pipe.js';
import { cueVerb } from '../../src/lexicons/reporting-verbs.js';
import type { Token } from '../../src/model/source.js';
import { analyzeText } from '../../src/pipeline.js';
import { findCues } from '../../src/stages/extract/attribution/cue.js';
import { cueSubject } from '../../src/stages/extract/attribution/distant-subject.js';
import { findQuotes, insideQuotes } from '../../src/stages/extract/attribution/quotes.js';
import { retagNames } from '../../src/stages/extract/attribution/retag.js';
import { cueContexts, firstFit } from '../../src/stages/extract/attribution/sentence-attributions.js';
import { skipBetween } from '../../src/text/noun-phrase.js';
import { attributionsByCue } from './by-cue.js';
import { type ArticleView, classifyContinuation, classifyNominal } from './classify-nominal.js';
import { type Attr, isHeldOut, readArticlesOrExit } from './gold.js';
import { continuedContent, cueType, overlaps, pair } from './score.js';

finishDespiteClosedPipe();
const [dir, ...rest] = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const list = option('--list');
const type = option('--type') ?? 'verb';
const counts = new Map<string, number>();
const lemmas = new Map<string, Map<string, number>>();

function after(tokens: Token[], i: number): string {
  const t = tokens[i];
  if (!t) return 'end';
  if (t.lower === 'to') return tokens[i + 1]?.pos === 'VERB' ? 'to-inf' : 'to-NP';
  if (t.lower === 'that') return 'that';
  if (/^(?:whether|if|what|why|how|who|when)$/u.test(t.lower)) return 'wh';
  if (/^(?:for|of|about|on|against|with|as|in)$/u.test(t.lower)) return `prep-${t.lower}`;
  if (/^[,.:;“"”]$/u.test(t.text)) return `punct${t.text}`;
  return t.pos;
}

function classify(v: ArticleView, g: Attr): string {
  const { text, sentences, pred, pairs } = v;
  const paired = pairs.get(g);
  if (pred.some((p) => overlaps(p.cue, g.cue)) && !(paired && overlaps(paired.cue, g.cue)))
    return 'predicted-but-paired-elsewhere';
  const s = sentences.find((x) => x.start <= g.cue[0][0] && g.cue[0][0] < x.end);
  if (!s) return 'no-sentence';
  const tokens = retagNames(s.tokens);
  const inCue = tokens.map((t, i) => [t, i] as const).filter(([t]) => overlaps([[t.start, t.end]], g.cue));
  const verbs = inCue.filter(([t]) => t.pos === 'VERB' || t.pos === 'AUX');
  const known = inCue.filter(([t]) => cueVerb(t.lemma) && t.pos !== 'AUX');
  const [tok, i] = known[0] ?? verbs.at(-1) ?? inCue[0];
  const lemma = tok.lemma;
  const bump = (cause: string) => {
    const m = lemmas.get(cause) ?? new Map();
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
    lemmas.set(cause, m);
    return cause;
  };
  if (!known.length) {
    if (inCue.some(([t]) => /^(?:n't|not|never)$/u.test(t.lower))) return bump('not-in-lexicon:negated');
    return bump('not-in-lexicon');
  }
  const cues = findCues(tokens);
  const cue = cues.find((c) => c.first <= i && i <= c.last);
  const prev = tokens[i - 1]?.lower ?? '';
  if (!cue) {
    if (prev === 'to') return bump('no-cue:infinitive');
    if (tokens[i - 1]?.lemma === 'be' || tokens[i - 2]?.lemma === 'be')
      return bump('no-cue:passive/progressive');
    if (
      tokens
        .slice(Math.max(0, i - 3), i)
        .some(
          (t) => t.pos === 'AUX' && /^(?:would|could|might|may|will|can|should|must|wo|ca)$/u.test(t.lower),
        )
    )
      return bump('no-cue:modal');
    if (tok.pos !== 'VERB') return bump(`no-cue:tag-${tok.pos}`);
    return bump('no-cue:other');
  }
  // The library's own context and rule loop for this cue (the same cue, found again there).
  const ctx = cueContexts(s, text, undefined).find((c) => c.cue.first === cue.first);
  const fit = ctx && firstFit(ctx);
  if (fit) {
    if (v.quoted(fit.draft.cue.start, fit.draft.cue.end)) return bump('draft:inside-quote(nested)');
    return bump(`draft-made-but-lost:${fit.rule.id.replace('extract/attribution-', '')}`);
  }
  if (cue.entry.frame === 'act' || cue.entry.frame === 'topic')
    return bump(`no-rule:frame-${cue.entry.frame}`);
  if (!cueSubject(tokens, cue, cues)) {
    const j = skipBetween(tokens, cue.first);
    const at = tokens[j];
    return bump(`no-subject:${at ? `${at.pos}${/^[,.:;"“”'’]$/u.test(at.text) ? at.text : ''}` : 'start'}`);
  }
  const who = /^(?:who|which|that)$/u.test(prev) ? 'rel-' : '';
  const neg = /^(?:not|n't|never)$/u.test(prev) ? 'neg-' : '';
  let b = i - 1;
  while (b > 0 && tokens[b].pos === 'ADV') b--;
  if (/^(?:and|but)$/u.test(tokens[b]?.lower ?? '')) return bump(`no-rule:coordinated:${cue.entry.frame}`);
  return bump(`no-rule:${who}${neg}${cue.entry.frame}:${after(tokens, cue.last + 1)}`);
}

/** Whether gold `g` is a miss of the kind asked for, and its group and counted word. */
function grouped(v: ArticleView, g: Attr): { cause: string; word: string } | undefined {
  const p = v.pairs.get(g);
  if (type === 'continuation') {
    const continued = continuedContent(g, v.sentences);
    if (!continued.length || (p && continued.every((f) => overlaps([f], p.content)))) return undefined;
    return classifyContinuation(v, g);
  }
  if (!g.cue.length || (p && overlaps(p.cue, g.cue))) return undefined;
  const kind = cueType(v.text, g, v.sentences);
  if (type === 'nominal') return kind === 'nominal' ? classifyNominal(v, g) : undefined;
  return kind === 'verb' ? { cause: classify(v, g), word: '' } : undefined;
}

readArticlesOrExit(dir).forEach((article, n) => {
  if (isHeldOut(n)) return;
  const analyzed = analyzeText(article.text, { outlet: 'polnear' });
  const pred = attributionsByCue(analyzed.claims);
  const { sentences } = analyzed;
  const quoted = insideQuotes(findQuotes(article.text, sentences));
  const view: ArticleView = { text: article.text, sentences, pred, pairs: pair(article.gold, pred), quoted };
  for (const g of article.gold) {
    const miss = grouped(view, g);
    if (!miss) continue;
    const { cause, word } = miss;
    counts.set(cause, (counts.get(cause) ?? 0) + 1);
    if (word) {
      const m = lemmas.get(cause) ?? new Map();
      m.set(word, (m.get(word) ?? 0) + 1);
      lemmas.set(cause, m);
    }
    if (list && cause.startsWith(list)) {
      const s = sentences.find((x) => x.start <= g.cue[0][0] && g.cue[0][0] < x.end);
      const sh = (f: [number, number][]) => f.map(([a, b]) => article.text.slice(a, b)).join('|');
      console.log(
        `${cause}\tS=[${sh(g.source)}] C=[${sh(g.cue)}] X=[${sh(g.content).slice(0, 80)}]\n    ${s?.text.slice(0, 300).replace(/\n/g, ' ')}`,
      );
    }
  }
});
for (const [c, k] of [...counts].sort((a, b) => b[1] - a[1])) {
  const top = [...(lemmas.get(c) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([l, m]) => `${l}:${m}`);
  console.log(`${String(k).padStart(4)} ${c}  ${top.join(' ')}`);
}
