import type { AlignmentLink } from '../../../model/alignment.js';
import type { Span } from '../../../model/span.js';
import type { AnalyzedSource } from '../../extract/index.js';
import type { FindingDraft } from '../context.js';
import { findAlignedLabels, type LinkedSources } from './aligned-labels.js';
import { passesChecks } from './checks.js';
import { type LabelFinding, type LabelPair, pairKey, salienceOf, toFinding } from './label-pair.js';
import { pairLinkedSentences, pairWholeReports } from './lexicon-pairs.js';
import { findLabelMentions, type LabelMention } from './mentions.js';

export type { FindingDraft } from '../context.js';
export { FRAMING_CHECKS } from './checks.js';

/** What a framing detector reads: both sources, the sentence links and each side's label mentions. */
export type FramingInput = LinkedSources;

/** A framing detector: a static rule id and a function from the input to label pairs. */
export interface FramingRule {
  ruleId: string;
  detect: (input: FramingInput, ruleId: string) => LabelPair[];
}

/** Framing detectors, in order of precedence: earlier ones win when two find the same pair. */
export const FRAMING_RULES: readonly FramingRule[] = [
  // a label swap inside linked sentences: the shared context proves the referent is the same
  {
    ruleId: 'compare/framing-aligned-lexicon',
    detect: (input, id) => findAlignedLabels(input, id),
  },
  // labels of an act (killing, attack) in linked sentences, wherever in the sentence they stand
  {
    ruleId: 'compare/framing-linked-lexicon',
    detect: ({ links, mentions }, id) => pairLinkedSentences(mentions[0], mentions[1], links, id),
  },
  // labels of one story's single referent (Israel, the fighters, a named leader) anywhere
  {
    ruleId: 'compare/framing-lexicon',
    detect: ({ links, mentions }, id) => pairWholeReports(mentions[0], mentions[1], links, id),
  },
];

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/** Place order that does not depend on which side is a: earliest pair of places first. */
const byPlace = (x: LabelPair, y: LabelPair): number =>
  Math.min(x.a.span.start, x.b.span.start) - Math.min(y.a.span.start, y.b.span.start) ||
  x.a.span.start + x.b.span.start - (y.a.span.start + y.b.span.start) ||
  Math.max(x.a.span.start, x.b.span.start) - Math.max(y.a.span.start, y.b.span.start);

/** The distinct spans of one side, in text order. */
function places(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start))
    if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept;
}

/**
 * One finding per label pair, with all its places as evidence in text order; its earliest
 * place (headlines come first) is the one the explanation quotes. A pair whose places another
 * pair already holds on both sides is dropped.
 */
function merge(pairs: LabelPair[]): LabelFinding[] {
  const byKey = new Map<string, LabelPair[]>();
  for (const pair of [...pairs].sort(byPlace))
    byKey.set(pairKey(pair), [...(byKey.get(pairKey(pair)) ?? []), pair]);
  const kept: LabelFinding[] = [];
  for (const group of byKey.values()) {
    const [pair] = group;
    if (kept.some((k) => overlaps(k.pair.a.span, pair.a.span) && overlaps(k.pair.b.span, pair.b.span)))
      continue;
    const side = (x: 'a' | 'b') => places(group.map((p) => p[x].span));
    kept.push({ pair, places: [side('a'), side('b')] });
  }
  return kept;
}

/** Output order that does not depend on which side is a: salience, then position. */
const byRank = (x: LabelFinding, y: LabelFinding): number =>
  salienceOf(y.pair) - salienceOf(x.pair) || byPlace(x.pair, y.pair);

/**
 * The alignment plus a link between the two headlines: headlines report the same story and are
 * where researchers look for framing first, even where the aligner leaves them unlinked.
 */
function withHeadlines(a: AnalyzedSource, b: AnalyzedSource, alignment: AlignmentLink[]): AlignmentLink[] {
  const heads = (s: AnalyzedSource) => s.sentences.filter((x) => x.role === 'headline').map((x) => x.id);
  const [ha, hb] = [heads(a), heads(b)];
  if (ha.length === 0 || hb.length === 0) return alignment;
  const link: AlignmentLink = { a: ha, b: hb, score: 1, relation: 'partial', signals: {}, reasons: [] };
  return [...alignment, link];
}

/**
 * Finds framing: the same referent or act labelled in different categories by the two
 * outlets, in their own words. Detectors propose label pairs; every pair must pass the checks
 * of `FRAMING_CHECKS`. Pure; symmetric in a and b.
 */
export function findFraming(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
): FindingDraft[] {
  const mentions: [LabelMention[], LabelMention[]] = [findLabelMentions(a), findLabelMentions(b)];
  const input: FramingInput = { a, b, links: withHeadlines(a, b, alignment), mentions };
  const found = FRAMING_RULES.flatMap((rule) => rule.detect(input, rule.ruleId));
  const pairs = merge(found.filter((pair) => passesChecks(pair, { mentions })));
  return pairs.sort(byRank).map((found) => toFinding(found, a, b));
}
