import { CONFIDENT } from '../../../model/finding.js';
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
 * per omitted development, and ranked (the first few per side are kept by a post-pass).
 */
export function findOmissions(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return (['a', 'b'] as const).flatMap((side) => omissionsOf(ctx, side, m.answered[side]));
}

function omissionsOf(ctx: CompareContext, side: Side, answered: Set<string>): FindingDraft[] {
  const other = ctx[otherSide(side)];
  const items = omittedItems(ctx, side, answered, mentionsOf(other), windowsOf(other));
  const groups = groupItems(items).map((pieces) =>
    pieces.map((piece) => draftOmission(ctx, side, piece)).sort(before(side)),
  );
  // A group's best piece competes for the cap with the other groups' best; its other pieces come
  // after every group's best piece that is shown, so one long development does not take every slot of its side.
  const best = groups.map((g) => g[0]);
  const rest = groups.flatMap((g) => g.slice(1));
  const tier = (d: FindingDraft) => 2 * shown(d) + (best.includes(d) ? 1 : 0);
  // All of them, ranked: the post-pass compare/cap-omissions (cap.ts) keeps the first few.
  return [...best, ...rest].sort((x, y) => tier(y) - tier(x) || before(side)(x, y));
}

// Slots go to the omissions a reader is shown first: one held below `CONFIDENT` would take a
// place among the few and leave it empty on screen.
const shown = (d: FindingDraft) => ((d.confidence ?? 0) >= CONFIDENT ? 1 : 0);

/** The order of omissions: shown first, then by salience, then by where they start. */
const before =
  (side: Side) =>
  (x: FindingDraft, y: FindingDraft): number =>
    shown(y) - shown(x) || y.salience - x.salience || (x[side][0]?.start ?? 0) - (y[side][0]?.start ?? 0);
