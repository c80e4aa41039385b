import type { Side } from '../../../model/span.js';
import type { CompareContext, FindingDraft } from '../context.js';
import { type MatchedFacts, otherSide } from '../facts/fact-match.js';
import { draftOmission } from './draft.js';
import { groupItems } from './group.js';
import { omittedItems } from './items.js';
import { mentionsOf, windowsOf } from './mentions.js';

/**
 * What one outlet reports and the other never does, as facts and developments (issue 10, cause 6):
 * each sentence's names, figures, dates and rare words are looked for in the whole other article;
 * sentences mostly new to it, and names or figures it never mentions, are grouped into one finding
 * per omitted development. `settleOmissions` then drops what the pair's other findings pair with a
 * counterpart and keeps the first few per side (`fewest`).
 */
export function findOmissions(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return (['a', 'b'] as const).flatMap((side) => omissionsOf(ctx, side, m.answered[side]));
}

function omissionsOf(ctx: CompareContext, side: Side, answered: Set<string>): FindingDraft[] {
  const other = ctx[otherSide(side)];
  const items = omittedItems(ctx, side, answered, mentionsOf(other), windowsOf(other));
  // Every omitted development: `fewest` keeps the first few per side once the pair's other
  // findings have been weighed against them (settleOmissions).
  return groupItems(items).map((group) => draftOmission(ctx, side, group));
}
