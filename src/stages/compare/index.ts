import type { AlignmentLink } from '../../model/alignment.js';
import type { Finding } from '../../model/finding.js';
import type { AnalyzedSource } from '../extract/index.js';
import { compareAttribution } from './attribution.js';
import { compareBlame } from './blame.js';
import { type CompareContext, compareContext, type FindingDraft } from './context.js';
import { dateAgreement, dateDivergence, dateRefinement } from './date.js';
import { type MatchedFacts, matchFacts } from './fact-match.js';
import { findFraming } from './framing/index.js';
import { findOmissions } from './omission.js';
import { quantityAgreement, quantityDivergence, quantityRefinement } from './quantity.js';
import { quoteDivergence } from './quote-divergence.js';
import { rank } from './rank.js';
import { sentenceAgreement } from './sentence-agreement.js';

export type { FindingDraft } from './context.js';

/** A compare rule reads the context and the facts the matching step paired, and returns findings. */
export type CompareRule = (ctx: CompareContext, matched: MatchedFacts) => FindingDraft[];

/** Compare rules, in order. The figures and dates they judge were paired once, by `matchFacts`. */
export const COMPARE_RULES: readonly CompareRule[] = [
  compareBlame, // who is held responsible: same agent agrees, another agent diverges
  quantityDivergence, // the same fact, incompatible figures, no compatible figure anywhere else
  quantityRefinement, // the same fact, one figure exact where the other is vague
  quantityAgreement, // the same fact, the same figure
  dateDivergence, // the same event, incompatible dates
  dateRefinement, // the same event, one date inside the other
  dateAgreement, // the same event and date, when that is news
  sentenceAgreement, // two sentences anywhere that report the same thing, no figure disagreeing
  quoteDivergence, // one quotation printed with a different name in it
  compareAttribution, // matched content with different sourcing or certainty
  findOmissions, // unmatched figures and blame, unaligned sentences
  (ctx) => findFraming(ctx.a, ctx.b, ctx.alignment), // the same referent labelled differently
];

/** Compares the claims of two analysed sources into ranked findings with evidence on both sides. */
export function compare(a: AnalyzedSource, b: AnalyzedSource, alignment: AlignmentLink[]): Finding[] {
  const ctx = compareContext(a, b, alignment);
  const matched = matchFacts(ctx);
  return rank(COMPARE_RULES.flatMap((rule) => rule(ctx, matched)));
}
