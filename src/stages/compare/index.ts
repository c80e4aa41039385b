import type { AlignmentLink } from '../../model/alignment.js';
import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Finding } from '../../model/finding.js';
import { compareAttribution } from './attribution.js';
import { compareBlame } from './blame.js';
import { type CompareContext, compareContext, type FindingDraft } from './context.js';
import { compareDates } from './date.js';
import { findFraming } from './framing/index.js';
import { findOmissions } from './omission.js';
import { compareQuantities } from './quantity.js';
import { rank } from './rank.js';

export type { FindingDraft } from './context.js';

/** A compare rule reads the context (and the pairs earlier rules matched) and returns findings. */
export type CompareRule = (ctx: CompareContext) => FindingDraft[];

/** Compare rules, in order: later rules rely on the claim pairs earlier rules matched. */
export const COMPARE_RULES: readonly CompareRule[] = [
  compareBlame, // who is held responsible: same agent agrees, another agent diverges
  compareQuantities, // counts as intervals: agreement, refinement, divergence
  compareDates, // resolved dates at their precision
  compareAttribution, // matched content with different sourcing or certainty
  findOmissions, // unmatched figures and blame, unaligned sentences
  (ctx) => findFraming(ctx.a, ctx.b, ctx.alignment), // the same referent labelled differently
];

/** Compares the claims of two analysed sources into ranked findings with evidence on both sides. */
export function compare(a: AnalyzedSource, b: AnalyzedSource, alignment: AlignmentLink[]): Finding[] {
  const ctx = compareContext(a, b, alignment);
  return rank(COMPARE_RULES.flatMap((rule) => rule(ctx)));
}
