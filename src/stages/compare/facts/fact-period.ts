import type { QuantityClaim } from '../../../model/claim.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import type { FactPair } from './fact-pairs.js';
import { CONTEXT_MIN } from './fact-same.js';

// One period stated once in each article (issue 10): "The council and the mayor have three
// weeks to agree a budget" / "With only three weeks left for the council to avoid a shutdown".
// Inputs: the duration facts of both sides (fact.ts), the alignment and the pair's lemma weights.
// `sameness` needs shared clause words, which two wordings of one deadline need not have.

/** The length and unit of a duration ("3 week"), or undefined. */
function periodKey(f: Fact): string | undefined {
  const q = f.claim as QuantityClaim;
  if (q.kind !== 'quantity' || q.subtype !== 'duration') return undefined;
  return q.value !== undefined && q.noun ? `${q.value} ${q.noun}` : undefined;
}

/** An exact duration in the outlet's own voice: the only kind paired here. */
const pairable = (f: Fact): boolean => (f.claim as QuantityClaim).precision === 'exact' && !f.quoted;

/**
 * Each period key of `facts` that occurs exactly once, with its fact, when that fact is pairable.
 * Every duration counts toward "once", quoted or approximate ones too: they may be another period.
 */
function stateOnce(facts: Fact[]): Map<string, Fact> {
  const seen = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = periodKey(f);
    if (key) seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  return new Map(
    [...seen].filter(([, fs]) => fs.length === 1 && pairable(fs[0])).map(([k, fs]) => [k, fs[0]]),
  );
}

/**
 * Pairs of durations with the same length and unit that each article states once, in sentences
 * that the alignment links or that share names (whose period it is). A second "three weeks"
 * on either side could be another period: then nothing is paired here.
 */
export function solePeriods(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
  const [onceA, onceB] = [stateOnce(as), stateOnce(bs)];
  const out: FactPair[] = [];
  for (const [key, a] of onceA) {
    const b = onceB.get(key);
    if (!b) continue;
    const names = sharedWeight(a.names, b.names, w);
    const linked = linkOf(ctx, a.claim, b.claim) !== undefined;
    if (!linked && names < CONTEXT_MIN) continue;
    const score = sharedWeight(a.context, b.context, w) + names / 2 + 1;
    out.push({ a, b, score, linked, relation: 'same' });
  }
  return out;
}
