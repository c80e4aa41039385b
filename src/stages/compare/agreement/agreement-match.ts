import { carriesClaims } from '../../../model/roles.js';
import type { Sentence } from '../../../model/source.js';
import type { CompareContext } from '../context.js';
import { LayeredWeights, sharedWeight } from '../weights.js';
import { candidatePairs } from './agreement-candidates.js';
import { ACTOR, type Clause, weighed } from './agreement-clauses.js';
import { timeOffsets } from './agreement-clock.js';
import { numberedOffsets } from './agreement-numbered.js';
import { mayShareAct, PREDICATION_MIN, sharedPredication } from './agreement-predication.js';
import { sameRun, sentenceClauses, sentenceKeys } from './agreement-profile.js';
import { runStates } from './agreement-proposition.js';
import { type RelatedWords, relatedWeight } from './agreement-related.js';
import { disjoint } from './agreement-select.js';
import { agree, CLAUSE_COVER_MIN, cannotAgree, sharedLemma, sharesEnough } from './agreement-verdict.js';
import { FIGURE_VETOES, vetoOf } from './agreement-vetoes.js';
import type { WordRun } from './agreement-words.js';
import { PHRASE_COVER } from './sentence-pairs.js';

/**
 * Inputs: the body and headline sentences of both articles, as clauses. Matched whole, a long
 * sentence that reports two facts is too heavy for a short sentence repeating one of them to
 * cover two fifths of it, and one-to-one matching lets it agree with one sentence at most.
 * Matched clause by clause, each fact can agree with its own sentence of the other article.
 */

/** Two clauses, one a side, that say the same; `shared` and `cover` as in `SentencePair`. */
export interface ClausePair {
  a: Clause;
  b: Clause;
  shared: number;
  cover: number;
  /** The shared lemmas, heaviest first, then the related pairs ("issue~release"). */
  words: string[];
  /** Whether both clauses hold the same run of words (`sameWords`): a quotation both print. */
  quoted: boolean;
  /**
   * The act of a shared predication (`sharedPredication`) they agree by, sharing too little
   * otherwise: its verb, or its two verbs ("release ~ issue").
   */
  act?: string;
}

/**
 * A pair of clauses that shares enough to agree, before its verdict (`agree`) and its words: the
 * related pairs of its sentences, to judge and list it by, and whether it is a quotation both
 * print (`runStates`). `disjoint` asks the verdict only of the pairs it would take, and only the
 * pairs it keeps are listed (issue 13: listing every agreeing pair's words took 3.5 % of what a
 * pair of articles allocates; speed log, speed16).
 */
type Agreeing = UnlistedPair & { links: readonly RelatedWords[]; stated: boolean };

/** A pair of clauses before its words are listed: what agreement-select.ts chooses among (it lists words only for those it keeps). */
export type UnlistedPair = Omit<ClausePair, 'words'>;

/** The pair with its words: the shared lemmas, heaviest first, then the related pairs ("issue~release"). */
function withWords({ links, stated, ...p }: Agreeing, w: ReadonlyMap<string, number>): ClausePair {
  const words = [
    ...[...p.a.lemmas]
      .filter((x) => p.b.lemmas.has(x))
      .sort((x, y) => (w.get(y) ?? 0) - (w.get(x) ?? 0) || (x < y ? -1 : 1)),
    ...links.filter((l) => p.a.lemmas.has(l.a) && p.b.lemmas.has(l.b)).map((l) => `${l.a}~${l.b}`),
  ];
  return { ...p, words };
}

/** Whether both clauses hold the run of the same words their sentences share. */
function quotes(a: Clause, b: Clause, run: WordRun | undefined): boolean {
  const inside = (c: Clause, [from, to]: [number, number]) => c.from <= from && to <= c.to;
  return run !== undefined && inside(a, run.a) && inside(b, run.b);
}

/**
 * The pairs of clauses of two sentences that share enough to report the same thing: their keys share
 * `SHARED_MIN`, or `PREDICATION_MIN` when they share a predication object (`mayShareAct`). Whether
 * they do (`agree`, the vetoes) is asked later, by `disjoint`, of the pairs it would take.
 */
function clausePairs(
  as: Clause[],
  bs: Clause[],
  w: ReadonlyMap<string, number>,
  links: readonly RelatedWords[],
): Agreeing[] {
  const out: Agreeing[] = [];
  // No clause shares more than its whole sentence does: most candidates stop at their clause.
  const [wholeA, wholeB] = [as.find((c) => c.whole), bs.find((c) => c.whole)];
  if (!wholeA || !wholeB) return out;
  const run = sameRun(wholeA.sentence, wholeB.sentence);
  // Every clause of a side is of the same sentence: whether the two may share an act is asked once.
  let may: boolean | undefined;
  const mayAct = () => {
    if (may === undefined) may = mayShareAct(wholeA.sentence, wholeB.sentence);
    return may;
  };
  // What two key sets share: the same words, and the related pairs at their discount.
  const share = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    sharedWeight(x, y, w) + relatedWeight(x, y, links);
  const rich = bs
    .map((b) => ({ b, most: share(wholeA.lemmas, b.lemmas) }))
    .filter(({ most }) => most >= PREDICATION_MIN);
  for (const a of as) {
    const mostA = share(a.lemmas, wholeB.lemmas);
    if (mostA < PREDICATION_MIN) continue;
    for (const { b, most } of rich) {
      // Only a shared predication lets clauses agree that share less than `sharesEnough` asks.
      const bound = Math.min(mostA, most);
      if (cannotAgree(a, b, bound) && (bound < PREDICATION_MIN || !mayAct())) continue;
      const exact = sharedWeight(a.lemmas, b.lemmas, w);
      let shared = exact + relatedWeight(a.lemmas, b.lemmas, links);
      let cover = shared / Math.min(a.weight, b.weight);
      // Related words only tip a pair that shares most of the lighter clause (`PHRASE_COVER`):
      // a pair that the same words alone do not carry needs more of them to stand for one fact.
      const enough =
        sharesEnough(a, b, shared, cover) &&
        (exact === shared ||
          sharesEnough(a, b, exact, exact / Math.min(a.weight, b.weight)) ||
          cover >= PHRASE_COVER);
      let act: string | undefined;
      if (!enough) {
        const found = shared >= PREDICATION_MIN ? sharedPredication(a, b, w, links) : undefined;
        if (found === undefined) continue;
        shared += found.add;
        cover = shared / Math.min(a.weight, b.weight);
        if (cover < CLAUSE_COVER_MIN) continue;
        act = found.act;
      }
      const found = run();
      const quoted = quotes(a, b, found);
      const stated = quoted && found !== undefined && runStates(a, b, found);
      out.push({ a, b, shared, cover, quoted, stated, ...(act ? { act } : {}), links });
    }
  }
  return out;
}

/**
 * The pair's lemma weights with the actor keys of `keysOf` weighed the same way: log((N + 1) / df)
 * over the body and headline sentences of both articles (`lemmaWeights`).
 */
function withActors(
  w: ReadonlyMap<string, number>,
  keys: ReadonlySet<string>[],
): ReadonlyMap<string, number> {
  const df = new Map<string, number>();
  for (const set of keys) for (const k of set) if (k.startsWith(ACTOR)) df.set(k, (df.get(k) ?? 0) + 1);
  const actors = new Map([...df].map(([k, n]) => [k, Math.log((keys.length + 1) / n)] as const));
  // Most pairs name no state of the lexicon: then the pair's own map serves as it is.
  return actors.size === 0 ? w : new LayeredWeights(w, actors);
}

/** What similarClauses weighs: every pair of clauses that may agree, the weights, and the verdict. */
interface ClauseCandidates {
  pairs: Agreeing[];
  weights: ReadonlyMap<string, number>;
  agrees: (p: Agreeing, skip?: string) => boolean;
  /** The pairs that agree, as `disjoint` chose them. */
  agreeing: ClausePair[];
}

// The pair's candidates are read by two rules (sentence agreement, figures apart): built once a pair.
const candidatesOf = new WeakMap<CompareContext, ClauseCandidates>();

function clauseCandidates(ctx: CompareContext, w: ReadonlyMap<string, number>): ClauseCandidates {
  const known = candidatesOf.get(ctx);
  if (known) return known;
  const [as, bs] = [ctx.a.sentences.filter(carriesClaims), ctx.b.sentences.filter(carriesClaims)];
  const keys = new Map([...as, ...bs].map((s) => [s, sentenceKeys(s)] as const));
  const weights = withActors(w, [...keys.values()]);
  // A sentence's clauses are weighed in this pair only when it is a candidate.
  const clauses = new Map<Sentence, Clause[]>();
  const clausesOf = (s: Sentence) => {
    const known = clauses.get(s);
    if (known) return known;
    const fresh = sentenceClauses(s).map((c) => weighed(c, weights));
    clauses.set(s, fresh);
    return fresh;
  };
  const pairs: Agreeing[] = [];
  for (const { a, b, links } of candidatePairs(as, bs, keys, weights))
    pairs.push(...clausePairs(clausesOf(a), clausesOf(b), weights, links));
  // The verdict and its vetoes cost most, and a sentence of n segments has n(n+1)/2 clauses: most
  // clause pairs of a long sentence pair are blocked by a stronger one before theirs would matter
  // (issue 13, the slowest pairs; speed23). A shared predication is the act both report.
  const agrees = (p: Agreeing, skip?: string) =>
    agree(
      p.a,
      p.b,
      { quoted: p.quoted, stated: p.stated },
      p.cover,
      weights,
      p.links,
      p.act !== undefined,
      skip,
    );
  const agreeing = disjoint(pairs, (p) => agrees(p)).map((p) => withWords(p, weights));
  const found = { pairs, weights, agrees, agreeing };
  candidatesOf.set(ctx, found);
  return found;
}

/**
 * Clauses of the two articles that report the same thing, anywhere in them (issue 10): for each
 * two sentences that share a rare lemma, every pair of their clauses that agree; then, strongest
 * first, the pairs whose clauses overlap no clause already taken. A sentence can so agree with
 * several sentences of the other article, one clause each.
 */
export function similarClauses(ctx: CompareContext, w: ReadonlyMap<string, number>): ClausePair[] {
  return clauseCandidates(ctx, w).agreeing;
}

/** Whether a figure veto can set two clauses apart at all: both state a time of day, or both number one noun. */
const mayDifferByFigure = (a: Clause, b: Clause) =>
  (timeOffsets(a).length > 0 && timeOffsets(b).length > 0) || numberedOffsets(a, b).length > 0;

/** A clause pair that reports one statement but for a figure in it, and the veto that found the figure. */
export interface FigureApartPair {
  pair: ClausePair;
  veto: string;
}

/**
 * Clause pairs that would agree but for a figure veto (`FIGURE_VETOES`: two times of day, two
 * numbered grades): one statement told with another figure ("had rated the danger at level 3" /
 * "had put the risk at level 4"). Strongest first, one a pair of sentences, none overlapping a
 * clause that agrees with another.
 */
export function figureApartClauses(ctx: CompareContext, w: ReadonlyMap<string, number>): FigureApartPair[] {
  const { pairs, weights, agrees, agreeing } = clauseCandidates(ctx, w);
  const vetoed = new Map<Agreeing, string>();
  for (const p of pairs) {
    // The vetoes cost most (speed23): asked only of clauses that both state a time or number one noun.
    if (!mayDifferByFigure(p.a, p.b)) continue;
    const veto = vetoOf({ a: p.a, b: p.b, shared: sharedLemma(p.a, p.b, p.links), links: p.links });
    if (veto !== undefined && FIGURE_VETOES.has(veto) && agrees(p, veto)) vetoed.set(p, veto);
  }
  if (vetoed.size === 0) return [];
  const busy = (c: Clause) =>
    agreeing.some((q) =>
      [q.a, q.b].some((t) => t.sentence === c.sentence && t.first < c.last && c.first < t.last),
    );
  return disjoint([...vetoed.keys()], (p) => !busy(p.a) && !busy(p.b)).map((p) => ({
    pair: withWords(p, weights),
    veto: vetoed.get(p) as string,
  }));
}
