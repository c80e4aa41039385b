import type { Side } from '../../../model/span.js';
import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import type { FactPair } from './fact-pairs.js';
import { rareWeight } from './fact-same.js';
import { relateFacts } from './share-relation.js';

// One measure stated once by each article (issue 10): "Turnout was 38.4 percent" / "Turnout was
// 41 percent" (blind 39 reader: the other article gives the turnout with another figure, so calling
// it left out was wrong), and "Two officers suffered minor injuries" / "Four officers were injured"
// (blind 38: two omissions where the writer had set the counts against each other). Inputs: the
// quantity facts of both sides (fact.ts `level`, read by fact-what.ts `levelSubject`; a figure's
// casualty kind and counted noun) and the pair's lemma weights. The head-word index misses such
// pairs when the sentences share no other word, and a casualty count whose sentences are not
// aligned is never firm there. What each article measures once, with a figure of one kind, is one
// fact wherever it stands; what is measured twice on either side ("turnout was 41 percent …
// turnout in 2019 was 38 percent", the hurt of two nights) is left to the ordinary matching.

/** What a fact measures, as a key: a rare subject after a linking verb, or a kind of casualty of one noun. */
export type KeyOf = (f: Fact, w: Map<string, number>) => string | undefined;

const levelKey: KeyOf = (f, w) =>
  f.level !== undefined && (w.get(f.level) ?? 0) >= rareWeight(w) ? f.level : undefined;

/** Nouns that count any person: tolls of them have many scopes in one story ("killed 120 people in Turkey" / "300 … in Syria"). */
const ANY_PERSON: ReadonlySet<string> = new Set(['people', 'person']);

/**
 * "Two officers suffered minor injuries" / "Four officers were injured": the hurt of one kind of
 * person, which an article that counts them once counts for the whole event. Not "people": a
 * rule that joined such tolls set the dead of two countries against each other (review of
 * truth21d, facts.test.ts "figures in a short brief").
 */
const tollKey: KeyOf = (f) =>
  f.claim.kind === 'quantity' && f.claim.casualty && f.claim.noun && !ANY_PERSON.has(f.claim.noun)
    ? `${f.claim.casualty}:${f.claim.noun}`
    : undefined;

/** Whether both figures' sentences name someone or somewhere and share no name: two places, two tolls. */
export const otherNames = (x: Fact, y: Fact) =>
  x.names.size > 0 && y.names.size > 0 && ![...x.names].some((n) => y.names.has(n));

const KEYS: readonly KeyOf[] = [levelKey, tollKey];

/** The facts of one side by what each measures (`key`), when only one fact measures it. */
export function soleBy(facts: Fact[], w: Map<string, number>, key: KeyOf): Map<string, Fact> {
  const seen = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f, w);
    if (k !== undefined) seen.set(k, [...(seen.get(k) ?? []), f]);
  }
  return new Map([...seen].filter(([, fs]) => fs.length === 1).map(([k, fs]) => [k, fs[0]]));
}

/** Whether two facts are figures of one kind, over one span of time for a rate. */
function oneKind(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  return p.kind === 'quantity' && q.kind === 'quantity' && p.subtype === q.subtype && x.per === y.per;
}

/** Pairs of figures that measure one thing, each its article's only figure of it. */
export function soleLevels(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
  const out: FactPair[] = [];
  for (const key of KEYS) {
    const [onceA, onceB] = [soleBy(as, w, key), soleBy(bs, w, key)];
    for (const [k, a] of onceA) {
      const b = onceB.get(k);
      if (!b || !oneKind(a, b) || otherNames(a, b)) continue;
      const score = sharedWeight(a.context, b.context, w) + sharedWeight(a.names, b.names, w) / 2 + 1;
      out.push({
        a,
        b,
        score,
        linked: linkOf(ctx, a.claim, b.claim) !== undefined,
        relation: relateFacts(a, b),
      });
    }
  }
  return out;
}

/** Whether a fact pair is such a pair: firm ground for a divergence, as `soleLevels` made it. */
export function isSoleLevel(p: FactPair, facts: Record<Side, Fact[]>, w: Map<string, number>): boolean {
  return KEYS.some((key) => {
    const k = key(p.a, w);
    return (
      k !== undefined &&
      k === key(p.b, w) &&
      !otherNames(p.a, p.b) &&
      soleBy(facts.a, w, key).get(k) === p.a &&
      soleBy(facts.b, w, key).get(k) === p.b
    );
  });
}
