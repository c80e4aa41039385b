import type { CappedCount } from '../../model/capped.js';
import type { Side } from '../../model/span.js';
import type { CompareContext } from './context.js';

// What each capped rule left out on this pair, keyed by the pair's context: a rule returns its
// drafts only, so the count travels beside them and compare() hands it to the report.
const leftOut = new WeakMap<CompareContext, CappedCount[]>();

/**
 * Keeps the first `cap` of a rule's ranked candidates and records how many it leaves out, so the
 * report can say "5 of 12 omissions" instead of presenting the cap as a count (user trial 6, item 2).
 * `side` is the omitting side of an omission cap, absent for a per-pair cap; `shown`, when the
 * rule knows it, tells which candidates would have been shown (counted as `confident`).
 */
export function keepFirst<T>(
  ctx: CompareContext,
  kind: CappedCount['kind'],
  candidates: T[],
  cap: number,
  side?: Side,
  shown?: (candidate: T) => boolean,
): T[] {
  if (candidates.length > cap) {
    const list = leftOut.get(ctx) ?? [];
    const confident = shown ? { confident: candidates.slice(cap).filter(shown).length } : {};
    list.push({ kind, ...(side ? { side } : {}), cap, beyond: candidates.length - cap, ...confident });
    leftOut.set(ctx, list);
  }
  return candidates.slice(0, cap);
}

/** What the capped rules left out on the pair of `ctx`, in a stable order (kind, then side). */
export function cappedOf(ctx: CompareContext): CappedCount[] {
  const order = (c: CappedCount) => `${c.kind}/${c.side ?? ''}`;
  return [...(leftOut.get(ctx) ?? [])].sort((x, y) =>
    order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0,
  );
}
