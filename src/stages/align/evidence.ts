import { datesAgree } from './dates.js';
import { type FeatureName, signalRecord, signalVector } from './features.js';
import { idfWeight } from './idf.js';
import type { SentenceProfile } from './profile.js';

/**
 * What a pair's signals rest on, spelled out for the links a report keeps (judge.ts asks for it
 * only then): the shared lemmas, names, numbers and dates.
 */

/** The signals of a pair, and what they rest on (shown in reasons). */
export interface PairEvidence {
  signals: Record<FeatureName, number>;
  /** Shared content lemmas, in x's order (see `rarestFirst`). */
  shared: string[];
  actors: string[];
  numbers: string[];
  dates: string[];
}

/** Shared lemmas ordered rarest first (ties by spelling), for reasons. */
export function rarestFirst(evidence: PairEvidence): string[] {
  return [...evidence.shared].sort((p, q) => idfWeight(q) - idfWeight(p) || (p < q ? -1 : 1));
}

/** The values of the smaller set that the other holds, in the smaller set's order. */
function intersect<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): T[] {
  const out: T[] = [];
  if (x.size === 0 || y.size === 0) return out;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const v of small) if (large.has(v)) out.push(v);
  return out;
}

/** Sorts a list of strings by code unit (`sort()`), skipping the call when there is nothing to order. */
const sorted = (xs: string[]): string[] => (xs.length > 1 ? xs.sort() : xs);

/** Dates of x that agree with some date of y, matched both ways. */
function agreeingDates(x: ReadonlySet<string>, y: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (x.size === 0 || y.size === 0) return out;
  for (const d of x) {
    for (const e of y) {
      if (!datesAgree(d, e)) continue;
      out.push(d);
      break;
    }
  }
  return out;
}

/**
 * The signals of a pair of profiles and what they rest on (`v`, their `signalVector`, when it is
 * known). Symmetric: swapping x and y gives the same signals.
 */
export function pairFeatures(x: SentenceProfile, y: SentenceProfile, v = signalVector(x, y)): PairEvidence {
  const shared = x.lemmas.filter((lemma) => y.content.has(lemma));
  return {
    signals: signalRecord(v),
    shared,
    actors: sorted(intersect(x.actors, y.actors)),
    numbers: sorted(intersect(x.numbers, y.numbers)),
    dates: sorted(agreeingDates(x.dates, y.dates)),
  };
}
