import type { AlignmentLink } from '../../../model/alignment.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';
import { findAlignedSubstitutions } from './aligned-substitutions.js';
import { type LabelPair, pairKey, salienceOf, toFinding } from './label-pair.js';
import { pairLexiconLabels } from './lexicon-pairs.js';
import { findLabelMentions, type LabelMention } from './mentions.js';

export type { FindingDraft } from '../context.js';

/** What a framing detector reads: both sources, the alignment, and each side's label mentions. */
export interface FramingInput {
  a: AnalyzedSource;
  b: AnalyzedSource;
  alignment: AlignmentLink[];
  mentions: [LabelMention[], LabelMention[]];
}

/** A framing detector returns label pairs; earlier detectors win when two find the same pair. */
export type FramingDetector = (input: FramingInput) => LabelPair[];

/** Framing detectors, in order of precedence. */
export const FRAMING_DETECTORS: readonly FramingDetector[] = [
  // swaps inside aligned sentence pairs: the context proves the referent is the same
  ({ a, b, alignment, mentions }) => findAlignedSubstitutions(a, b, alignment, mentions),
  // lexicon labels of one group anywhere in the two reports, for labels in unaligned sentences
  ({ alignment, mentions }) => pairLexiconLabels(mentions[0], mentions[1], alignment),
];

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/** True when `pair` repeats one already kept: same label pair, or the same place on both sides. */
function repeats(pair: LabelPair, kept: LabelPair[]): boolean {
  return kept.some(
    (k) =>
      (pair.ruleId !== k.ruleId && pairKey(pair) === pairKey(k)) ||
      (overlaps(pair.a.span, k.a.span) && overlaps(pair.b.span, k.b.span)),
  );
}

/** One finding per label pair per place; the detectors' order decides which one stays. */
function merge(pairs: LabelPair[]): LabelPair[] {
  const kept: LabelPair[] = [];
  for (const pair of pairs) if (!repeats(pair, kept)) kept.push(pair);
  return kept;
}

/** Output order that does not depend on which side is a: salience, then position. */
const byRank = (x: LabelPair, y: LabelPair): number =>
  salienceOf(y) - salienceOf(x) ||
  Math.min(x.a.span.start, x.b.span.start) - Math.min(y.a.span.start, y.b.span.start) ||
  x.a.span.start - y.a.span.start ||
  x.b.span.start - y.b.span.start;

/**
 * Finds framing: the same referent or act labelled differently by the two sources, from label
 * swaps in aligned sentences and from the framing lexicon. Pure; symmetric in a and b.
 */
export function findFraming(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
): FindingDraft[] {
  const mentions: [LabelMention[], LabelMention[]] = [findLabelMentions(a), findLabelMentions(b)];
  const input: FramingInput = { a, b, alignment, mentions };
  const pairs = merge(FRAMING_DETECTORS.flatMap((detect) => detect(input)));
  return pairs.sort(byRank).map((pair) => toFinding(pair, a, b));
}
