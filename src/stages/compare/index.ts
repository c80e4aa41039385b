import type { AlignmentLink } from '../../model/alignment.js';
import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Finding } from '../../model/finding.js';
import type { Rule } from '../../model/rule.js';
import { compareAttribution } from './attribution.js';
import { compareBlame } from './blame.js';
import { type CompareContext, compareContext, type FindingDraft } from './context.js';
import { compareDates } from './date.js';
import { FRAMING_RULES, findFraming } from './framing/index.js';
import { findOmissions } from './omission.js';
import { compareQuantities } from './quantity.js';
import { rank } from './rank.js';

export type { FindingDraft } from './context.js';

/** A compare rule reads the context (and the pairs earlier rules matched) and returns findings. */
export type CompareRule = (ctx: CompareContext) => FindingDraft[];

/** Compare rules, in order: later rules rely on the claim pairs earlier rules matched. */
export const COMPARE_RULES: readonly Rule<CompareRule>[] = [
  {
    id: 'compare/blame',
    stage: 'compare',
    summary: 'who is held responsible: the same agent agrees, another agent diverges',
    run: compareBlame,
    outcomes: [
      { id: 'compare/blame-agreement', summary: 'both hold the same actor responsible for the act' },
      { id: 'compare/blame-divergence', summary: 'the two hold different actors responsible for the act' },
    ],
  },
  {
    id: 'compare/quantity',
    stage: 'compare',
    summary: 'counts as intervals: agreement, refinement, divergence',
    run: compareQuantities,
    outcomes: [
      { id: 'compare/quantity-divergence', summary: 'the two figures for one count cannot both be true' },
      { id: 'compare/quantity-refinement', summary: 'one figure is a more precise form of the other' },
      { id: 'compare/quantity-agreement', summary: 'the two figures agree' },
    ],
  },
  {
    id: 'compare/date',
    stage: 'compare',
    summary: 'resolved dates at their precision',
    run: compareDates,
    outcomes: [
      { id: 'compare/date-divergence', summary: 'the two dates for one event do not overlap' },
      { id: 'compare/date-refinement', summary: 'one date is a more precise form of the other' },
      { id: 'compare/date-agreement', summary: 'the two dates agree' },
    ],
  },
  {
    id: 'compare/attribution',
    stage: 'compare',
    summary: 'matched content with different sourcing or certainty',
    run: compareAttribution,
    outcomes: [
      { id: 'compare/attribution-of-claim', summary: 'a matched claim is sourced or hedged differently' },
      {
        id: 'compare/attribution-of-sentence',
        summary: 'counterpart sentences attribute their content differently',
      },
      { id: 'compare/attribution-dropped', summary: 'one side states as fact what the other attributes' },
    ],
  },
  {
    id: 'compare/omission',
    stage: 'compare',
    summary: 'unmatched figures and blame, unaligned sentences',
    run: findOmissions,
    outcomes: [
      { id: 'compare/omitted-quantity', summary: 'a figure one side gives and the other does not' },
      { id: 'compare/omitted-blame', summary: 'blame one side assigns and the other does not' },
      { id: 'compare/omitted-sentence', summary: 'a sentence with no counterpart on the other side' },
    ],
  },
  {
    id: 'compare/framing',
    stage: 'compare',
    summary: 'the same referent labelled differently',
    run: (ctx) => findFraming(ctx.a, ctx.b, ctx.alignment),
    // the framing detectors' ids, listed in src/stages/compare/framing/index.ts
    outcomes: FRAMING_RULES.map(({ id, summary }) => ({ id, summary })),
  },
];

/** Compares the claims of two analysed sources into ranked findings with evidence on both sides. */
export function compare(a: AnalyzedSource, b: AnalyzedSource, alignment: AlignmentLink[]): Finding[] {
  const ctx = compareContext(a, b, alignment);
  return rank(COMPARE_RULES.flatMap((rule) => rule.run(ctx)));
}
