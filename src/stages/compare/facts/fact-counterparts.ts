import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import type { Fact } from './fact.js';
import { shareHeadOrVerb } from './fact-same.js';
import { statedNumber } from './quantity-precision.js';

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
  for (const [a, b] of rareNumbers(facts)) {
    ids.a.add(a.claim.id);
    ids.b.add(b.claim.id);
  }
  return ids;
}

/**
 * A number this large, written once in each article, is rarely two facts ("holds 28,000 people" /
 * "a capacity of 28,000"); smaller ones often are ("about 300 engineers" / "300 workers": review
 * of truth22).
 */
const RARE_NUMBER = 1000;

/** The number a figure is written with: its value, or the number its qualifier bounds ("about 3,000", "more than 70"). */
export function writtenNumber(f: Fact): number | undefined {
  const q = f.claim;
  if (q.kind !== 'quantity' || q.subtype === 'percent' || q.subtype === 'duration' || q.subtype === 'odds')
    return undefined;
  return statedNumber(q);
}

/**
 * Figures that write the same number of at least `RARE_NUMBER`, which no other figure of either
 * article writes: "About 3,000 residents … were evacuated" / "about 3,000 people were told to
 * leave" (user trial 22). Their nouns differ, so no fact rule pairs them; the other article does
 * report the figure, so the omission rule must not call it left out.
 */
function rareNumbers(facts: Record<Side, Fact[]>): [Fact, Fact][] {
  const byNumber = (side: Side) => {
    const out = new Map<number, Fact[]>();
    for (const f of facts[side]) {
      const n = writtenNumber(f);
      if (n !== undefined && n >= RARE_NUMBER) out.set(n, [...(out.get(n) ?? []), f]);
    }
    return out;
  };
  const [as, bs] = [byNumber('a'), byNumber('b')];
  const pairs: [Fact, Fact][] = [];
  for (const [n, [a, ...more]] of as) {
    const b = bs.get(n);
    if (more.length === 0 && b?.length === 1) pairs.push([a, b[0]]);
  }
  return pairs;
}
