import { type CompareContext, linkOf } from '../context.js';
import { sharedWeight } from '../weights.js';
import type { Fact } from './fact.js';
import type { FactPair } from './fact-pairs.js';
import { CONTEXT_MIN, countsMore } from './fact-same.js';
import { relateFacts } from './share-relation.js';

// One toll stated once in each article (user trials 21 and 21b): "Three people died as Storm
// Helga swept across the west" / "Storm Helga battered the coast …, killing four people". Inputs:
// the quantity facts of both sides (fact.ts), the alignment and the pair's lemma weights.
// `sameness` needs shared clause words, which two wordings of one toll need not have; an
// article's only figure of one kind of casualty of one counted noun is its toll of them.

/** The kind of casualty, the counted noun and whose it is ("killed people", "killed veldonian soldier"). */
function tollKey(f: Fact): string | undefined {
  const q = f.claim;
  if (q.kind !== 'quantity' || q.subtype !== 'casualty' || !q.casualty || !q.noun || f.whole)
    return undefined;
  return [q.casualty, ...[...f.proper].sort(), q.noun].join(' ');
}

/**
 * Each toll key of `facts` given with one value only (a headline and its lead may give it twice),
 * with its first fact. A second value of the same key may be another toll (a day's dead and a
 * war's): then nothing is paired here.
 */
function tollsOnce(facts: Fact[]): Map<string, Fact> {
  const seen = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = tollKey(f);
    if (key) seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  const oneValue = (fs: Fact[]) => fs.every((f) => relateFacts(f, fs[0]) === 'same');
  return new Map([...seen].filter(([, fs]) => oneValue(fs)).map(([k, fs]) => [k, fs[0]]));
}

/** The kind of casualty a figure counts ("killed", "wounded"), if any. */
const casualtyOf = (f: Fact) => (f.claim.kind === 'quantity' ? f.claim.casualty : undefined);

/** Whether an article gives one figure only of the kind of casualty `f` counts ("killed"), whatever it counts it of. */
const onlyToll = (facts: Fact[], f: Fact) =>
  facts.filter((g) => casualtyOf(g) === casualtyOf(f)).length === 1;

/** How far apart two counts of one toll may lie when nothing else ties them: two outlets' counts, not a day's and a war's. */
const TOLL_RATIO = 3;

/** Whether two figures' values lie within `TOLL_RATIO` of each other. */
function near(a: Fact, b: Fact): boolean {
  const figure = (f: Fact) =>
    f.claim.kind === 'quantity' ? (f.claim.value ?? f.claim.min ?? f.claim.max) : undefined;
  const [x, y] = [figure(a), figure(b)];
  if (x === undefined || y === undefined || x <= 0 || y <= 0) return false;
  return Math.max(x, y) / Math.min(x, y) <= TOLL_RATIO;
}

/**
 * Pairs of tolls of the same key that each article gives with one value, whatever the value, in
 * sentences the alignment links or that share a name or clause words (whose toll it is: "The
 * war has killed 350,000 people" and "Saturday's strike killed 12 people" share neither), or, when
 * each article gives no other casualty figure, whose values lie near ("Two people died, police
 * said" / "At least three people were killed, according to local officials"). They are marked `sole`: firm ground for the divergence and agreement rules (fact-same.ts `isFirm`).
 */
export function soleTolls(ctx: CompareContext, as: Fact[], bs: Fact[], w: Map<string, number>): FactPair[] {
  const [onceA, onceB] = [tollsOnce(as), tollsOnce(bs)];
  const out: FactPair[] = [];
  for (const [key, a] of onceA) {
    const b = onceB.get(key);
    if (!b) continue;
    const names = sharedWeight(a.names, b.names, w);
    const context = sharedWeight(a.context, b.context, w);
    const linked = linkOf(ctx, a.claim, b.claim) !== undefined;
    if (countsMore(a, b)) continue;
    if (
      !linked &&
      names === 0 &&
      context < CONTEXT_MIN &&
      !(onlyToll(as, a) && onlyToll(bs, b) && near(a, b))
    )
      continue;
    out.push({ a, b, score: context + names / 2 + 1, linked, relation: relateFacts(a, b), sole: true });
  }
  return out;
}
