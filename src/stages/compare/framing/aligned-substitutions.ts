// Inputs: both sources, the alignment and each side's label mentions. Output: label pairs where
// two aligned sentences say the same thing but swap one noun phrase for another: "the Syrian
// government" → "the Syrian regime", "opposition delegation" → "rebel delegation".
import { diffArrays } from 'diff';
import type { AlignmentLink } from '../../../model/alignment.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { LabelPair, LabelSide } from './label-pair.js';
import { isPlural, type LabelMention, mentionSide, normalWord } from './mentions.js';

/** A token of an aligned group of sentences, with the sentence it belongs to. */
interface Place {
  token: Token;
  sentence: Sentence;
  index: number;
}

/** One replaced run between equal anchors: [from, to) on each side, and the anchors' lengths. */
interface Hunk {
  a: [number, number];
  b: [number, number];
  left: number;
  right: number;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Unlisted substitutions longer than this are rewording, not a label swap. */
const MAX_UNLISTED = 3;

function places(source: AnalyzedSource, ids: string[]): Place[] {
  return source.sentences
    .filter((s) => ids.includes(s.id) && (s.role === 'body' || s.role === 'headline'))
    .flatMap((sentence) =>
      sentence.tokens
        .map((token, index) => ({ token, sentence, index }))
        .filter((p) => p.token.pos !== 'PUNCT'),
    );
}

/** The replaced runs of a lemma diff, each with the length of the equal runs around it. */
function hunks(a: Place[], b: Place[]): Hunk[] {
  const lemma = (p: Place) => normalWord(p.token.lemma);
  const changes = diffArrays(a.map(lemma), b.map(lemma));
  const found: Hunk[] = [];
  let [ia, ib, left] = [0, 0, 0];
  let open: Hunk | null = null;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) found.push({ ...open, right: change.count ?? 0 });
      open = null;
      left = change.count ?? 0;
      ia += left;
      ib += left;
      continue;
    }
    open ??= { a: [ia, ia], b: [ib, ib], left, right: 0 };
    if (change.removed) ia += change.count ?? 0;
    else ib += change.count ?? 0;
    open.a[1] = ia;
    open.b[1] = ib;
  }
  if (open) found.push(open);
  return found.filter((h) => h.a[1] > h.a[0] && h.b[1] > h.b[0] && h.left + h.right > 0);
}

const inRun = (m: LabelMention, run: Place[]): boolean =>
  run.some((p) => p.sentence === m.sentence && p.index >= m.from && p.index < m.to);

type Edge = 'left' | 'right';

/** The edges of the run that the mention touches (leading articles aside). */
function edges(m: LabelMention, run: Place[]): Edge[] {
  const at = run.map((p) => p.sentence === m.sentence && p.index >= m.from && p.index < m.to);
  const first = at.indexOf(true);
  const last = at.lastIndexOf(true);
  if (first < 0) return [];
  const found: Edge[] = [];
  if (run.slice(0, first).every((p) => ARTICLES.has(p.token.lower))) found.push('left');
  if (last === run.length - 1) found.push('right');
  return found;
}

/**
 * A lexicon pair inside a hunk: two different labels of one group, one per side, both next
 * to the same equal anchor, so that the context on that side agrees.
 */
function listedPair(
  hunk: Hunk,
  runs: [Place[], Place[]],
  mentions: [LabelMention[], LabelMention[]],
): LabelPair | null {
  const anchored = (m: LabelMention, run: Place[]) =>
    edges(m, run).filter((edge) => (edge === 'left' ? hunk.left : hunk.right) > 0);
  for (const x of mentions[0]) {
    const ex = anchored(x, runs[0]);
    if (ex.length === 0 || x.entry.role === 'ignore') continue;
    for (const y of mentions[1]) {
      if (x.entry.group !== y.entry.group || x.entry.label === y.entry.label) continue;
      if (!anchored(y, runs[1]).some((edge) => ex.includes(edge))) continue;
      const ruleId = 'compare/framing-aligned-lexicon';
      return { ruleId, group: x.entry.group, role: x.entry.role, a: mentionSide(x), b: mentionSide(y) };
    }
  }
  return null;
}

/** An unlisted swap of short noun phrases with equal context on both sides of it. */
function unlistedPair(
  source: [AnalyzedSource, AnalyzedSource],
  hunk: Hunk,
  runs: [Place[], Place[]],
  pa: Place[],
): LabelPair | null {
  if (!contentAnchor(hunk, pa)) return null;
  const [a, b] = runs.map((run) => run.filter((p, i) => i > 0 || !ARTICLES.has(p.token.lower)));
  const phrase = (run: Place[]) =>
    run.length > 0 &&
    run.length <= MAX_UNLISTED &&
    run.every((p) => NOMINAL.has(p.token.pos)) &&
    run[run.length - 1].token.pos === 'NOUN' &&
    run.every((p) => p.sentence === run[0].sentence);
  if (!phrase(a) || !phrase(b)) return null;
  const ruleId = 'compare/framing-aligned-substitution';
  return { ruleId, role: 'label', a: runSide(source[0], a), b: runSide(source[1], b) };
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM']);

/**
 * Both anchors exist and one of the words touching the swap is a content word: "the Syrian
 * [government] were" qualifies; "the [mediation] of" against "the [beginning] of" does not.
 */
function contentAnchor(hunk: Hunk, pa: Place[]): boolean {
  if (hunk.left === 0 || hunk.right === 0) return false;
  const before = pa[hunk.a[0] - 1];
  const after = pa[hunk.a[1]];
  return [before, after].some((p) => p !== undefined && CONTENT.has(p.token.pos));
}

function runSide(source: AnalyzedSource, run: Place[]): LabelSide {
  const first = run[0];
  const last = run[run.length - 1];
  const before = first.index > 0 ? first.sentence.tokens[first.index - 1] : undefined;
  const start = before?.lower === 'the' ? before.start : first.token.start;
  const end = last.token.end;
  return {
    span: { sentence: first.sentence.id, start, end, text: source.text.slice(start, end) },
    label: run.map((p) => normalWord(p.token.lemma)).join(' '),
    plural: isPlural(last.token),
    verbal: false,
  };
}

/**
 * A listed label followed on both sides by the same noun ("opposition delegation" /
 * "rebel delegation") is quoted with that noun, which shows the swap in its context.
 */
function withSharedHead(
  pair: LabelPair,
  sources: [AnalyzedSource, AnalyzedSource],
  next: [Place?, Place?],
): LabelPair {
  const [na, nb] = next;
  if (!na || !nb || na.token.pos !== 'NOUN' || normalWord(na.token.lemma) !== normalWord(nb.token.lemma))
    return pair;
  const grow = (side: LabelSide, place: Place, source: AnalyzedSource): LabelSide => {
    const gap = source.text.slice(side.span.end, place.token.start);
    if (place.sentence.id !== side.span.sentence || !/^\s+$/u.test(gap)) return side;
    const span = {
      ...side.span,
      end: place.token.end,
      text: source.text.slice(side.span.start, place.token.end),
    };
    return { ...side, span, plural: isPlural(place.token) };
  };
  return { ...pair, a: grow(pair.a, na, sources[0]), b: grow(pair.b, nb, sources[1]) };
}

/** Label swaps inside every aligned group of sentences, diffing a against b, in link order. */
function oneWay(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
  mentions: [LabelMention[], LabelMention[]],
): LabelPair[] {
  const pairs: LabelPair[] = [];
  for (const link of alignment) {
    const pa = places(a, link.a);
    const pb = places(b, link.b);
    for (const hunk of hunks(pa, pb)) {
      const runA = pa.slice(...hunk.a);
      const runB = pb.slice(...hunk.b);
      const listed = listedPair(hunk, [runA, runB], mentions);
      const ignored = [...mentions[0], ...mentions[1]].some(
        (m) => m.entry.role === 'ignore' && (inRun(m, runA) || inRun(m, runB)),
      );
      const pair = listed ?? (ignored ? null : unlistedPair([a, b], hunk, [runA, runB], pa));
      if (!pair) continue;
      const next: [Place?, Place?] = [pa[hunk.a[1]], pb[hunk.b[1]]];
      pairs.push(withSharedHead(pair, [a, b], next));
    }
  }
  return pairs;
}

/**
 * Label swaps inside aligned sentences, diffed both ways: a lemma diff is not symmetric when
 * several alignments of equal length exist, and comparing b with a must mirror a with b.
 */
export function findAlignedSubstitutions(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
  mentions: [LabelMention[], LabelMention[]],
): LabelPair[] {
  const flipped = alignment.map((link) => ({ ...link, a: link.b, b: link.a }));
  const back = oneWay(b, a, flipped, [mentions[1], mentions[0]]).map((p) => ({ ...p, a: p.b, b: p.a }));
  return [...oneWay(a, b, alignment, mentions), ...back];
}
