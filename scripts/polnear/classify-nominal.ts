// Groups the missed nominal cues (a gold cue with no verb) and the missed quote continuations of
// PolNeAR dev's tune part, as classify-misses.ts groups verb misses: what the gold cue is (a noun
// before "that", a preposition before a document noun, a possessive's noun before "is", an adverb),
// whether its noun is in a lexicon, where the source is, and why no rule fired.
import { isCommunicationNoun } from '../../src/lexicons/nominal-cues.js';
import { reportingNoun } from '../../src/lexicons/reporting-nouns.js';
import { cueVerb } from '../../src/lexicons/reporting-verbs.js';
import type { Sentence, Token } from '../../src/model/source.js';
import { findCues } from '../../src/stages/extract/attribution/cue.js';
import { retagNames } from '../../src/stages/extract/attribution/retag.js';
import { cueContexts, firstFit } from '../../src/stages/extract/attribution/sentence-attributions.js';
import type { Attr, Frag } from './gold.js';
import { continuedContent, overlaps } from './score.js';

/** What one article offers the classifiers, computed once per article. */
export interface ArticleView {
  text: string;
  sentences: Sentence[];
  pred: Attr[];
  pairs: Map<Attr, Attr>;
  quoted: (start: number, end: number) => boolean;
}

const holder = (v: ArticleView, at: number): Sentence | undefined =>
  v.sentences.find((s) => s.start <= at && at < s.end);

/** Which lexicon knows the noun `t`: statement, document, topic, wordnet or none. */
function lexiconOf(t: Token): string {
  for (const use of ['statement', 'document', 'topic'] as const)
    if (reportingNoun(t.lemma, use) || reportingNoun(t.lower, use)) return use;
  return isCommunicationNoun(t.lemma) || isCommunicationNoun(t.lower) ? 'wordnet' : 'none';
}

/** The shape of a verbless gold cue, from its tokens and the words around them. */
function shapeOf(tokens: Token[], inCue: number[]): { shape: string; head: Token } {
  const first = tokens[inCue[0]];
  const last = tokens[inCue.at(-1) ?? inCue[0]];
  const nouns = inCue.filter((i) => tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN');
  const head = tokens[nouns.at(-1) ?? inCue.at(-1) ?? inCue[0]];
  if (first.pos === 'ADP' && nouns.length) return { shape: `prep-${first.lower}+noun`, head };
  if (first.pos === 'ADP') return { shape: `prep-${first.lower}`, head };
  if (!nouns.length) return { shape: `${first.pos}`, head: first };
  const before = tokens[inCue[0] - 1];
  // "The mayor demands answers", "Polls show that …": a cue verb the tagger read as a noun, with
  // no determiner or possessive before it (a noun would have one: "the demands").
  const bare = !before || !/^(?:DET|PRON)$/u.test(before.pos) || /^(?:that|who|which)$/u.test(before.lower);
  const verbForm = [head.lemma, head.lower, head.lower.replace(/s$/u, '')].some((f) => cueVerb(f));
  if (bare && verbForm && nouns.length === 1) return { shape: 'verb-tagged-noun', head };
  const after = tokens[(inCue.at(-1) ?? 0) + 1];
  const owner = before && /^(?:his|her|its|their|our|my|your|'s|’s)$/u.test(before.lower) ? 'owned-' : '';
  const next = !after
    ? 'end'
    : after.lower === 'that'
      ? 'that'
      : after.lemma === 'be'
        ? 'be'
        : after.pos === 'VERB'
          ? 'verb'
          : after.pos === 'ADP'
            ? `prep-${after.lower}`
            : /^[,.:;"“”]$/u.test(after.text)
              ? `punct${after.text}`
              : after.pos;
  return { shape: `${owner}noun+${next}`, head: last.pos === 'NOUN' ? last : head };
}

/** Where the gold source lies: none, within 30 characters of the cue, elsewhere in the sentence, elsewhere. */
function sourcePlace(v: ArticleView, g: Attr, s: Sentence): string {
  if (!g.source.length) return 'src-none';
  const [ss] = g.source[0];
  const near = g.cue.some(([c0, c1]) => Math.abs(ss - c0) < 30 || Math.abs(ss - c1) < 30);
  if (s.start <= ss && ss < s.end) return near ? 'src-near' : 'src-sentence';
  return holder(v, ss)?.paragraph === s.paragraph ? 'src-paragraph' : 'src-far';
}

/** Why the pipeline made no attribution with this cue. */
function whyMissed(v: ArticleView, g: Attr, s: Sentence, tokens: Token[], inCue: number[]): string {
  const paired = v.pairs.get(g);
  if (v.pred.some((p) => overlaps(p.cue, g.cue)) && !(paired && overlaps(paired.cue, g.cue)))
    return 'paired-elsewhere';
  const cue = findCues(tokens).find((c) => inCue.some((i) => c.first <= i && i <= c.last));
  if (!cue) return 'no-cue';
  const ctx = cueContexts(s, v.text, undefined).find((c) => c.cue.first === cue.first);
  const fit = ctx && firstFit(ctx);
  if (!fit) return `cue-${cue.entry.kind}-no-rule`;
  return `draft-lost:${fit.rule.id.replace('extract/attribution-', '')}`;
}

/** The group of one missed nominal cue, and the head word to count in it. */
export function classifyNominal(v: ArticleView, g: Attr): { cause: string; word: string } {
  const s = holder(v, g.cue[0][0]);
  if (!s) return { cause: 'no-sentence', word: '' };
  const tokens = retagNames(s.tokens);
  const inCue = tokens.flatMap((t, i) => (overlaps([[t.start, t.end]], g.cue) ? [i] : []));
  if (!inCue.length) return { cause: 'no-token', word: '' };
  const { shape, head } = shapeOf(tokens, inCue);
  const lex = head.pos === 'NOUN' ? lexiconOf(head) : '-';
  const why = whyMissed(v, g, s, tokens, inCue);
  return { cause: `${shape} lex=${lex} ${sourcePlace(v, g, s)} ${why}`, word: head.lower };
}

/** The group of one missed quote continuation: the cue's fate, then where the missing fragments lie. */
export function classifyContinuation(v: ArticleView, g: Attr): { cause: string; word: string } {
  const p = v.pairs.get(g);
  const missing = continuedContent(g, v.sentences).filter((f) => !p || !overlaps([f], p.content));
  const cueSentence = g.cue.length ? holder(v, g.cue[0][0]) : undefined;
  const where = (f: Frag): string => {
    const s = holder(v, f[0]);
    if (!s || !cueSentence) return 'no-sentence';
    const dir = s.start < cueSentence.start ? 'before' : 'after';
    const para = s.paragraph === cueSentence.paragraph ? 'same-par' : 'other-par';
    const q = v.quoted(f[0], Math.min(f[1], f[0] + 5)) ? 'quoted' : 'unquoted';
    const other = v.pred.some((x) => x !== p && overlaps([f], x.content)) ? '+other-attr' : '';
    return `${dir}/${para}/${q}${other}`;
  };
  const cue = !p ? 'unpaired' : overlaps(p.cue, g.cue) ? 'cue-ok' : 'cue-wrong';
  const kinds = [...new Set(missing.map(where))].sort().join(',');
  return {
    cause: `${cue} ${kinds}`,
    word: g.cue.map(([a, b]) => v.text.slice(a, b).toLowerCase()).join(' '),
  };
}
