// The compare stage's post-passes as data, in the order they run over the findings of all the
// rules of rules.ts: docs/rules.md lists them. index.ts runs them on a pair.

import type { Rule } from '../../model/rule.js';
import { preferDoubtedContrasts } from './attribution/doubted-agreements.js';
import {
  AGREEMENT_CAP,
  type CapLimits,
  type CapResult,
  capFindings,
  type FindingCap,
  OMISSION_CAP,
  omissionCapOf,
} from './cap.js';
import type { CompareContext, FindingDraft } from './context.js';
import { settleOmissions } from './omission/contradicted.js';
import { holdLedeOmissions } from './omission/lede.js';

/**
 * A post-pass reads every finding of the pair, after confidence, and returns them revised, with
 * what it cut (a cap) as data: the pipeline puts those counts into the report's `capped`.
 */
export type ComparePostPass = (
  ctx: CompareContext,
  drafts: (FindingDraft & { confidence: number })[],
  limits: CapLimits,
) => CapResult;

/** A cap as a post-pass (cap.ts); the omission cap's most is the one the caller asked for. */
const capPass = (cap: FindingCap, summary: string): Rule<ComparePostPass> => ({
  id: cap.id,
  stage: 'compare',
  summary,
  run: (_ctx, drafts, limits) =>
    capFindings(cap.kind === 'omission' ? omissionCapOf(limits.omission) : cap, drafts),
  outcomes: [],
});

/**
 * Post-passes, in order, over the findings of all the rules above; they write no ruleId of their
 * own. Doubted contrasts are preferred first, so that the agreements they hold give up their
 * places under the cap; the sentence-agreement cap comes before settling omissions, so that an omission is settled
 * by the agreements the report holds, not by ones it leaves out; lede omissions are held before
 * settling, which drops the lead sentence they are read by; the omission cap comes last, so
 * that its counts are of the omissions as settled (review-ux6 item 7).
 */
export const COMPARE_POST_PASSES: readonly Rule<ComparePostPass>[] = [
  {
    id: 'compare/prefer-doubted-contrasts',
    stage: 'compare',
    summary:
      'an agreement on content one side states as fact and the other gives as a claim or a hedge ("alleges", "claims", "reportedly") is held below the display threshold, and the attribution contrast of that content shown at least as surely (attribution/doubted-agreements.ts)',
    run: (ctx, drafts) => ({ findings: preferDoubtedContrasts(ctx, drafts), capped: [] }),
    outcomes: [],
  },
  capPass(
    AGREEMENT_CAP,
    `the first ${AGREEMENT_CAP.max} sentence agreements of a pair, as the rule ranks them; the rest counted in \`capped\``,
  ),
  {
    id: 'compare/hold-lede-omissions',
    stage: 'compare',
    summary:
      "an omission whose lead sentence is in its article's first body paragraph (the lede, which two reports of one event both give in their own words) is held below the display threshold, in place (omission/lede.ts)",
    run: (ctx, drafts) => ({ findings: holdLedeOmissions(ctx, drafts), capped: [] }),
    outcomes: [],
  },
  {
    id: 'compare/settle-omissions',
    stage: 'compare',
    summary:
      'an omission the same report contradicts: a sentence (or a clause of it) that any two-sided finding pairs with a counterpart leaves it, or hides it when it is its lead; a pair on a name or figure it says is never mentioned hides it (omission/contradicted.ts)',
    run: (ctx, drafts) => ({ findings: settleOmissions(ctx, drafts), capped: [] }),
    outcomes: [],
  },
  capPass(
    OMISSION_CAP,
    `the first ${OMISSION_CAP.max} omissions of each omitting side (\`--omission-cap N|all\` changes it), as the rule ranks them; the rest counted in \`capped\``,
  ),
];
