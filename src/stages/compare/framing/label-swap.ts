// Inputs: a hunk of the lemma diff of two linked sentence groups (lemma-diff.ts), the places on
// each side and the label mentions there. Whether the hunk swaps one label of a lexicon group for
// another next to the same unchanged words, and the pair it makes, grown by a shared head noun.

import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import type { LabelPair, LabelSide } from './label-pair.js';
import type { Hunk, Place } from './lemma-diff.js';
import { isPlural, type LabelMention, mentionSide } from './mentions.js';

type Edge = 'left' | 'right';

/** The edges of the run that the mention touches (leading articles aside). */
function edges(m: LabelMention, run: Place[]): Edge[] {
  const at = run.map((p) => p.sentence === m.sentence && p.index >= m.from && p.index < m.to);
  const first = at.indexOf(true);
  const last = at.lastIndexOf(true);
  if (first < 0) return [];
  const found: Edge[] = [];
  if (run.slice(0, first).every((p) => functionWords('article').has(p.token.lower))) found.push('left');
  if (last === run.length - 1) found.push('right');
  return found;
}

/**
 * A lexicon pair inside a hunk: two different labels of one group, one per side, both next
 * to the same equal anchor, so that the context on that side agrees.
 */
export function listedPair(
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
export function withSharedHead(
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
