// Scoring predicted attributions against PolNeAR gold. Gold and predicted attributions are paired
// one-to-one, first by overlapping cues, then by overlapping content; an element is found when the
// paired spans overlap. That lenient match credits "the mayor" for the gold source "People close to
// the mayor", so an exact match (the same words, marks and spaces at the edges aside) is counted
// too, and printed on a line of its own. Recall is also broken down by the kind of cue.
import type { Sentence } from '../../src/model/source.js';
import type { Attr, Frag } from './gold.js';

/** The elements scored. */
export const ELEMENTS = ['source', 'cue', 'content'] as const;
/** Kinds of gold cue; `quote-continuation` overlaps the others (content in a sentence without the cue). */
export const CUE_TYPES = ['verb', 'according-to', 'colon', 'nominal', 'quote-continuation'] as const;
export type CueType = (typeof CUE_TYPES)[number];

/** Counts for one element, or hits for one cue type; `exact` counts the found elements whose spans are the same. */
export interface Tally {
  tp: number;
  gold: number;
  pred: number;
  exact: number;
}

/** Everything the report needs, summed over articles. */
export interface Score {
  articles: number;
  attributions: number;
  elements: Record<(typeof ELEMENTS)[number], Tally>;
  types: Record<CueType, Tally>;
}

export const emptyScore = (): Score => ({
  articles: 0,
  attributions: 0,
  elements: { source: tally(), cue: tally(), content: tally() },
  types: Object.fromEntries(CUE_TYPES.map((t) => [t, tally()])) as Record<CueType, Tally>,
});
const tally = (): Tally => ({ tp: 0, gold: 0, pred: 0, exact: 0 });

export const overlaps = (a: Frag[], b: Frag[]): boolean =>
  a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));

/** The words of a span: fragments in text order, joined, without quotation marks, punctuation or spaces at the edges. */
const words = (text: string, frags: Frag[]): string =>
  [...frags]
    .sort((a, b) => a[0] - b[0])
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/gu, ' ');

/** Whether two spans hold the same words (an exact match, edges aside). */
export const sameSpan = (text: string, a: Frag[], b: Frag[]): boolean => words(text, a) === words(text, b);

/** One-to-one pairs: by cue overlap first, then by content overlap. */
export function pair<P extends Attr>(gold: Attr[], pred: P[]): Map<Attr, P> {
  const pairs = new Map<Attr, P>();
  const used = new Set<P>();
  for (const key of ['cue', 'content'] as const) {
    for (const g of gold) {
      if (pairs.has(g)) continue;
      const p = pred.find((x) => !used.has(x) && overlaps(g[key], x[key]));
      if (p) {
        used.add(p);
        pairs.set(g, p);
      }
    }
  }
  return pairs;
}

/** The cue kind of a gold attribution, from its words and the tags of the tokens it covers. */
export function cueType(
  text: string,
  attr: Attr,
  sentences: Sentence[],
): Exclude<CueType, 'quote-continuation'> {
  const words = attr.cue.map(([s, e]) => text.slice(s, e)).join(' ');
  if (/\baccording\s+to\b/iu.test(words)) return 'according-to';
  if (/^[\s:]+$/u.test(words)) return 'colon';
  const tokens = sentences.flatMap((s) => s.tokens).filter((t) => overlaps([[t.start, t.end]], attr.cue));
  return tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? 'verb' : 'nominal';
}

/** Content fragments that lie in a sentence holding no part of the cue: the quote goes on past the tag. */
export function continuedContent(attr: Attr, sentences: Sentence[]): Frag[] {
  const holder = (f: Frag) => sentences.find((s) => s.start <= f[0] && f[0] < s.end);
  const cueSentences = new Set(attr.cue.map(holder));
  return attr.content.filter((f) => {
    const s = holder(f);
    return s !== undefined && !cueSentences.has(s);
  });
}

/** Adds one article's counts to `score`; returns the unpaired gold and predictions for listing. */
export function scoreArticle(
  score: Score,
  text: string,
  sentences: Sentence[],
  gold: Attr[],
  pred: Attr[],
): { missed: Attr[]; spurious: Attr[] } {
  const pairs = pair(gold, pred);
  score.articles += 1;
  score.attributions += gold.length;
  for (const k of ELEMENTS) {
    score.elements[k].gold += gold.filter((g) => g[k].length > 0).length;
    score.elements[k].pred += pred.filter((p) => p[k].length > 0).length;
  }
  for (const [g, p] of pairs)
    for (const k of ELEMENTS) {
      if (!overlaps(g[k], p[k])) continue;
      score.elements[k].tp += 1;
      if (sameSpan(text, g[k], p[k])) score.elements[k].exact += 1;
    }
  for (const g of gold) {
    const p = pairs.get(g);
    const type = score.types[cueType(text, g, sentences)];
    type.gold += 1;
    if (p && overlaps(g.cue, p.cue)) type.tp += 1;
    const continued = continuedContent(g, sentences);
    if (continued.length === 0) continue;
    score.types['quote-continuation'].gold += 1;
    if (p && continued.every((f) => overlaps([f], p.content))) score.types['quote-continuation'].tp += 1;
  }
  const paired = new Set(pairs.values());
  return {
    missed: gold.filter((g) => !pairs.has(g) || !overlaps(g.cue, pairs.get(g)?.cue ?? [])),
    spurious: pred.filter((p) => !paired.has(p)),
  };
}
