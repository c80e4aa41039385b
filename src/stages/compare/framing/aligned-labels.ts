// Inputs: both sources, the alignment and each side's label mentions. Output: label pairs where
// two linked sentences say the same thing but swap one label of a lexicon group for another: "the
// Syrian government" → "the Syrian regime", "opposition delegation" → "rebel delegation". The
// shared context around the swap is the evidence that both labels name the same referent.

import type { AlignmentLink } from '../../../model/alignment.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import type { LabelPair, LabelSide } from './label-pair.js';
import { type Hunk, hunks, type Place } from './lemma-diff.js';
import { bySentence, isPlural, type LabelMention, mentionSide } from './mentions.js';

const ARTICLES = new Set(['a', 'an', 'the']);

/** The headline and body sentences of a source by id, built once per source. */
const byIdCache = new WeakMap<AnalyzedSource, Map<string, Sentence>>();
function sentencesById(source: AnalyzedSource): Map<string, Sentence> {
  let hit = byIdCache.get(source);
  if (!hit) {
    const kept = source.sentences.filter(carriesClaims);
    hit = new Map(kept.map((s) => [s.id, s]));
    byIdCache.set(source, hit);
  }
  return hit;
}

/** The tokens of the linked sentences, punctuation aside; only these sentences are read. */
function places(source: AnalyzedSource, ids: string[]): Place[] {
  const byId = sentencesById(source);
  return ids
    .map((id) => byId.get(id))
    .filter((s): s is Sentence => s !== undefined)
    .sort((x, y) => x.index - y.index)
    .flatMap((sentence) =>
      sentence.tokens
        .map((token, index) => ({ token, sentence, index }))
        .filter((p) => p.token.pos !== 'PUNCT'),
    );
}

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
  ruleId: string,
): LabelPair | null {
  const anchored = (m: LabelMention, run: Place[]) =>
    edges(m, run).filter((edge) => (edge === 'left' ? hunk.left : hunk.right) > 0);
  for (const x of mentions[0]) {
    const ex = anchored(x, runs[0]);
    if (ex.length === 0) continue;
    for (const y of mentions[1]) {
      if (x.entry.group !== y.entry.group || x.entry.label === y.entry.label) continue;
      if (!anchored(y, runs[1]).some((edge) => ex.includes(edge))) continue;
      return { ruleId, group: x.entry.group, a: mentionSide(x), b: mentionSide(y) };
    }
  }
  return null;
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
  if (
    !na ||
    !nb ||
    na.token.pos !== 'NOUN' ||
    straightApostrophes(na.token.lemma) !== straightApostrophes(nb.token.lemma)
  )
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

/** The mentions that sit in one of `ids`, looked up per sentence. */
function mentionsIn(bySentence: Map<string, LabelMention[]>, ids: string[]): LabelMention[] {
  return ids.flatMap((id) => bySentence.get(id) ?? []);
}

/** Whether some label of one side and a different label of the same group on the other could pair. */
function canSwap([xs, ys]: [LabelMention[], LabelMention[]]): boolean {
  return xs.some((x) => ys.some((y) => x.entry.group === y.entry.group && x.entry.label !== y.entry.label));
}

/** Two sources, the links between their sentences and each side's label mentions. */
export interface LinkedSources {
  a: AnalyzedSource;
  b: AnalyzedSource;
  links: AlignmentLink[];
  mentions: [LabelMention[], LabelMention[]];
}

/** Label swaps inside every linked group of sentences, diffing a against b, in link order. */
function oneWay({ a, b, links, mentions }: LinkedSources, ruleId: string): LabelPair[] {
  const pairs: LabelPair[] = [];
  const [ma, mb] = mentions.map(bySentence);
  for (const link of links) {
    const here: [LabelMention[], LabelMention[]] = [mentionsIn(ma, link.a), mentionsIn(mb, link.b)];
    // Only a link with two different labels of one group, one on each side, can hold a swap
    // (`listedPair`): skip the diff for the others (issue 13: the diff was most of this rule).
    if (!canSwap(here)) continue;
    const pa = places(a, link.a);
    const pb = places(b, link.b);
    for (const hunk of hunks(pa, pb)) {
      const pair = listedPair(hunk, [pa.slice(...hunk.a), pb.slice(...hunk.b)], here, ruleId);
      if (!pair) continue;
      const next: [Place?, Place?] = [pa[hunk.a[1]], pb[hunk.b[1]]];
      pairs.push(withSharedHead(pair, [a, b], next));
    }
  }
  return pairs;
}

/**
 * Label swaps inside linked sentences, diffed both ways: a lemma diff is not symmetric when
 * several alignments of equal length exist, and comparing b with a must mirror a with b.
 */
export function findAlignedLabels(input: LinkedSources, ruleId: string): LabelPair[] {
  const { a, b, links, mentions } = input;
  const flipped = links.map((link) => ({ ...link, a: link.b, b: link.a }));
  const mirror: LinkedSources = { a: b, b: a, links: flipped, mentions: [mentions[1], mentions[0]] };
  const back = oneWay(mirror, ruleId).map((p) => ({ ...p, a: p.b, b: p.a }));
  return [...oneWay(input, ruleId), ...back];
}
