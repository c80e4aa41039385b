// The compare stage's rules as data, in the order they run: the list `crosscheck rules` and
// docs/rules.md show. index.ts runs them on a pair, then the post-passes (post-passes.ts).

import type { Rule } from '../../model/rule.js';
import { figureApartDivergence } from './agreement/figures-apart.js';
import { sentenceAgreement } from './agreement/sentence-agreement.js';
import { compareAttribution } from './attribution/attribution.js';
import { quoteDivergence } from './attribution/quote-divergence.js';
import type { CompareContext, FindingDraft } from './context.js';
import { compareBlame } from './facts/blame.js';
import { dateAgreement, dateDivergence, dateRefinement } from './facts/date.js';
import type { MatchedFacts } from './facts/fact-match.js';
import { quantityAgreement, quantityDivergence, quantityRefinement } from './facts/quantity.js';
import { FRAMING_FINDERS, FRAMING_RULES, findFraming } from './framing/index.js';
import { findOmissions } from './omission/index.js';
import { SPECIFICITY_OUTCOMES, specificityRefinement } from './specificity/specificity.js';

export { COMPARE_POST_PASSES, type ComparePostPass } from './post-passes.js';

/** A compare rule reads the context and the facts the matching step paired, and returns findings. */
export type CompareRule = (ctx: CompareContext, matched: MatchedFacts) => FindingDraft[];

/** Compare rules, in order. The figures and dates they judge were paired once, by `matchFacts`. */
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
    summary: 'figures of the same fact: divergence, refinement, agreement (quantity.ts, one function each)',
    run: (ctx, m) => [
      ...quantityDivergence(ctx, m),
      ...quantityRefinement(ctx, m),
      ...quantityAgreement(ctx, m),
    ],
    outcomes: [
      {
        id: 'compare/quantity-divergence',
        summary: 'the same fact, incompatible figures, and no compatible figure for it anywhere else',
      },
      {
        id: 'compare/quantity-refinement',
        summary: 'the same fact, one figure more precise inside the range of the other',
      },
      { id: 'compare/quantity-agreement', summary: 'the same fact, the same figure' },
    ],
  },
  {
    id: 'compare/date',
    stage: 'compare',
    summary: 'dates of the same event: divergence, refinement, agreement (date.ts, one function each)',
    run: (ctx, m) => [...dateDivergence(ctx, m), ...dateRefinement(ctx, m), ...dateAgreement(ctx, m)],
    outcomes: [
      {
        id: 'compare/date-divergence',
        summary: 'the same event, dates that do not overlap, and no compatible date for it anywhere else',
      },
      {
        id: 'compare/date-refinement',
        summary: 'the same event, one date inside the other, and the vaguer article lacks the precise one',
      },
      {
        id: 'compare/date-agreement',
        summary: 'the same event on the same date, when that is a forecast or a resolved weekday',
      },
    ],
  },
  {
    id: 'compare/specificity',
    stage: 'compare',
    summary: 'the same thing told more precisely on one side: time of day, a figure, a name (specificity.ts)',
    run: specificityRefinement,
    outcomes: SPECIFICITY_OUTCOMES,
  },
  {
    id: 'compare/sentence-agreement',
    stage: 'compare',
    summary:
      'two sentences, or clauses of them, anywhere that report the same fact, no figure in them disagreeing',
    run: sentenceAgreement,
  },
  {
    id: 'compare/figure-apart-divergence',
    stage: 'compare',
    summary:
      'two clauses that report one statement but for a time of day or a numbered grade, which differ ("at level 3" / "at level 4")',
    run: figureApartDivergence,
  },
  {
    id: 'compare/quote-divergence',
    stage: 'compare',
    summary: 'one quotation printed with a different first name in it',
    run: quoteDivergence,
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
      {
        id: 'compare/attribution-verb',
        summary: 'one statement of one source, reported with a neutral verb and a doubting or endorsing one',
      },
      {
        id: 'compare/attribution-nested',
        summary: "one side reports a speaker's statement itself, the other only inside someone else's report",
      },
    ],
  },
  {
    id: 'compare/omission',
    stage: 'compare',
    summary: 'facts and developments one side reports and the whole other article never mentions',
    run: findOmissions,
    outcomes: [
      {
        id: 'compare/omitted-development',
        summary: 'sentences mostly new to the other article, grouped by what they are about',
      },
      { id: 'compare/omitted-name', summary: 'a person or organisation the other article never names' },
      { id: 'compare/omitted-figure', summary: 'a figure the other article gives nowhere, nor one like it' },
    ],
  },
  {
    id: 'compare/framing',
    stage: 'compare',
    summary: 'the same referent labelled differently',
    run: (ctx) => findFraming(ctx.a, ctx.b, ctx.alignment),
    // the framing detectors' ids, listed in src/stages/compare/framing/index.ts
    outcomes: [...FRAMING_RULES, ...FRAMING_FINDERS].map(({ id, summary }) => ({ id, summary })),
  },
];
