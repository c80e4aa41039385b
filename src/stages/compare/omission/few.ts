import { CONFIDENT } from '../../../model/finding.js';
import type { Side } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';

/**
 * At most this many omissions a side: the developments a reader most needs, not every sentence.
 * (6 reaches more of the blind gold lists but leaves a typical pair above 12 findings.)
 */
export const PER_SIDE = 5;

type Confident = FindingDraft & { confidence: number };

/**
 * The omissions a reader is shown first, per side: slots go to those at or above `CONFIDENT` (one
 * held below it would take a place among the few and leave it empty on screen), then by
 * salience, then by position. Run after the omissions are checked against the pair's other
 * findings, so that a slot freed by one the report pairs elsewhere goes to the next.
 */
export function fewest(omissions: Confident[]): Set<Confident> {
  const shown = (d: Confident) => (d.confidence >= CONFIDENT ? 1 : 0);
  const first = (d: Confident, side: Side) => d[side][0]?.start ?? 0;
  const kept = (['a', 'b'] as const).flatMap((side) =>
    omissions
      .filter((d) => (side === 'a' ? d.a.length > 0 : d.a.length === 0))
      .sort((x, y) => shown(y) - shown(x) || y.salience - x.salience || first(x, side) - first(y, side))
      .slice(0, PER_SIDE),
  );
  return new Set(kept);
}
