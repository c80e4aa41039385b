import { verbClass } from '../../../lexicons/word-sets.js';
import type { QuantityClaim } from '../../../model/claim.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { Fact } from '../facts/fact.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimRef, claimSpan } from '../spans.js';

// Inputs: the exact percentages of both articles, as facts. One outlet gives the share taken away
// ("a 23 percent cut in benefits"), the other the share that is left ("pay 77 percent of promised
// benefits"): the same figure told from its other side, which no figure matching pairs, since
// the values differ (issue 10).

const CONFIDENCE = 0.6;
const SALIENCE = 0.3;
/**
 * The weight a shared word needs (`lemmaWeights`, log((N + 1) / df)): one that is not in nearly
 * every sentence. Not `RARE`: what a share is of ("benefit") is often the topic of both articles.
 */
const SHARED_WORD = 0.5;

/** The exact percentage of a fact, strictly between 0 and 100. */
function percent(f: Fact): number | undefined {
  const c = f.claim;
  if (c.kind !== 'quantity' || c.subtype !== 'percent' || c.precision !== 'exact') return undefined;
  const v = (c as QuantityClaim).value;
  return v !== undefined && v > 0 && v < 100 ? v : undefined;
}

/** The words around a figure: what it counts, its verb and its clause. */
const wordsOf = (f: Fact) => new Set([...f.what, ...(f.verb ? [f.verb] : []), ...f.context]);

/** Whether a figure's words hold a word of decrease ("cut", "reduce"). */
const decreased = (words: ReadonlySet<string>) => [...words].some((w) => verbClass('decrease').has(w));

/**
 * Whether two percentages are one share seen from both sides: they add up to 100, exactly one
 * of them is a decrease, and their clauses share a word other than the decrease that is not in
 * nearly every sentence of the pair ("benefit"), so that both measure the same thing.
 */
function complements(a: Fact, b: Fact, w: ReadonlyMap<string, number>): boolean {
  const [va, vb] = [percent(a), percent(b)];
  if (va === undefined || vb === undefined || va + vb !== 100 || va === vb) return false;
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (decreased(wa) === decreased(wb)) return false;
  const cut = verbClass('decrease');
  return [...wa].some((x) => wb.has(x) && !cut.has(x) && (w.get(x) ?? 0) >= SHARED_WORD);
}

/**
 * Rule `compare/complement-agreement`: a percentage taken away on one side and the percentage
 * left on the other (23 / 77), of the same thing.
 */
export function complementAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const [as, bs] = [
    m.facts.a.filter((f) => percent(f) !== undefined),
    m.facts.b.filter((f) => percent(f) !== undefined),
  ];
  const pairs = as.flatMap((a) => bs.filter((b) => complements(a, b, m.weights)).map((b) => [a, b] as const));
  // One to one, by the unordered pair of offsets, so that b-vs-a keeps the same pairs.
  const key = ([a, b]: readonly [Fact, Fact]) => {
    const [s, t] = [a.claim.start, b.claim.start];
    return [Math.min(s, t), Math.max(s, t)];
  };
  pairs.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
  const used = new Set<Fact>();
  const out: FindingDraft[] = [];
  for (const [a, b] of pairs) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    out.push(draft(ctx, a, b));
  }
  return out;
}

/** The finding for a complement pair. */
function draft(ctx: CompareContext, a: Fact, b: Fact): FindingDraft {
  const cut = decreased(wordsOf(a)) ? 'a' : 'b';
  const kept = cut === 'a' ? 'b' : 'a';
  const spans = { a: claimSpan(a.claim), b: claimSpan(b.claim) };
  return {
    kind: 'agreement',
    subject: 'quantity',
    a: [spans.a],
    b: [spans.b],
    claims: [claimRef('a', a.claim), claimRef('b', b.claim)],
    ruleId: 'compare/complement-agreement',
    confidence: CONFIDENCE,
    salience: SALIENCE,
    explanation: `${outlet(ctx, cut)} gives the share cut ('${spans[cut].text}') and ${outlet(ctx, kept)} the share left ('${spans[kept].text}'): together 100 percent, the same figure.`,
  };
}
