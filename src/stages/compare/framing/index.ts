import type { AlignmentLink } from '../../../model/alignment.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Rule } from '../../../model/rule.js';
import type { Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';
import { findAlignedLabels, type LinkedSources } from './aligned-labels.js';
import { passesChecks } from './checks.js';
import { findEntityLabels } from './entity-labels.js';
import { findHeadlineFrames } from './headline-frames.js';
import { type LabelFinding, type LabelPair, pairKey, salienceOf, toFinding } from './label-pair.js';
import { pairLinkedSentences, pairWholeReports } from './lexicon-pairs.js';
import { findLabelMentions, type LabelMention } from './mentions.js';

export type { FindingDraft } from '../context.js';
export { FRAMING_CHECKS } from './checks.js';

/** What a framing detector reads: both sources, the sentence links and each side's label mentions. */
export type FramingInput = LinkedSources;

/** A framing detector: reads the input, returns label pairs that carry `ruleId`. */
export type FramingDetector = (input: FramingInput, ruleId: string) => LabelPair[];

/** Framing detectors, in order of precedence: earlier ones win when two find the same pair. */
export const FRAMING_RULES: readonly Rule<FramingDetector>[] = [
  {
    id: 'compare/framing-aligned-lexicon',
    stage: 'compare',
    summary: 'linked sentences swap one lexicon label for another of its group, in the same context',
    run: (input, id) => findAlignedLabels(input, id),
  },
  {
    id: 'compare/framing-linked-lexicon',
    stage: 'compare',
    summary: 'linked sentences name one act (a killing, an attack) with labels of different categories',
    run: ({ links, mentions }, id) => pairLinkedSentences(mentions[0], mentions[1], links, id),
  },
  {
    id: 'compare/framing-lexicon',
    stage: 'compare',
    summary:
      "the reports name a story's single referent (Israel, the fighters, a named leader) with labels of different categories",
    run: ({ links, mentions }, id) => pairWholeReports(mentions[0], mentions[1], links, id),
  },
];

/** A framing rule that writes findings itself, from both sources: it reads no label lexicon. */
export type FramingFinder = (a: AnalyzedSource, b: AnalyzedSource, ruleId: string) => FindingDraft[];

/**
 * Framing rules that make findings themselves, run after the lexicon detectors; a finding whose
 * places a lexicon finding already holds on both sides is dropped.
 */
export const FRAMING_FINDERS: readonly Rule<FramingFinder>[] = [
  {
    id: 'compare/framing-entity-label',
    stage: 'compare',
    summary:
      'the outlets describe one named person or organisation with different role nouns: one side evaluative, or two roles in one frame',
    run: (a, b, id) => findEntityLabels(a, b, id),
  },
  {
    id: 'compare/framing-headline',
    stage: 'compare',
    summary: 'both headlines lead with the same actor and say different things it does',
    run: (a, b, id) => findHeadlineFrames(a, b, id),
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
  const found = FRAMING_RULES.flatMap((rule) => rule.run(input, rule.id));
  const pairs = merge(found.filter((pair) => passesChecks(pair, { mentions })));
  const lexicon = pairs.sort(byRank).map((found) => toFinding(found, a, b));
  const held = (x: Span[], y: Span[]) => x.some((s) => y.some((t) => overlaps(s, t)));
  const more = FRAMING_FINDERS.flatMap((rule) => rule.run(a, b, rule.id)).filter(
    (f) => !lexicon.some((l) => held(l.a, f.a) && held(l.b, f.b)),
  );
  return [...lexicon, ...more];
}
