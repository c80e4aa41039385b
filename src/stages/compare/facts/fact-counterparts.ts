import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import type { Fact } from './fact.js';
import { shareHeadOrVerb } from './fact-same.js';

// Inputs: the facts of both sides. Which facts the other side answers with the same value, though
// too loosely tied for a fact rule to judge: the omission rule reads them through `answered`.

/** The value of a fact as a key: kind, subtype and interval ("quantity:duration:2:2"). */
function valueKey(f: Fact): string | undefined {
  if (f.interval === 'unknown') return undefined;
  const subtype = f.claim.kind === 'quantity' ? f.claim.subtype : 'date';
  return `${f.claim.kind}:${subtype}:${f.interval.min}:${f.interval.max}`;
}

/**
 * Facts too loosely tied to be judged, but whose value the other article states for the same
 * kind of thing ("two-day negotiations" / "two-day talks"), count as answered so that no rule
 * reports them as left out. They get no finding of their own: only the omission rule reads this.
 */
export function counterpartIds(ctx: CompareContext, facts: Record<Side, Fact[]>): Record<Side, Set<string>> {
  const ids = { a: new Set<string>(), b: new Set<string>() };
  const byValue = new Map<string, Fact[]>();
  for (const f of facts.b) {
    const key = valueKey(f);
    if (key) byValue.set(key, [...(byValue.get(key) ?? []), f]);
  }
  for (const a of facts.a) {
    const key = valueKey(a);
    for (const b of key ? (byValue.get(key) ?? []) : []) {
      if (!shareHeadOrVerb(a, b) && !linkOf(ctx, a.claim, b.claim)) continue;
      ids.a.add(a.claim.id);
      ids.b.add(b.claim.id);
    }
  }
  return ids;
}
