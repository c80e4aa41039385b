import type { QuantityClaim } from '../../../model/claim.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimRef, claimSpan } from '../spans.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: each side's counts ("a 40-member coalition") and the bare nouns of the other side
// ("a coalition called Lower Valley Alliance"). One noun, one named referent next to it on both sides, a figure on
// one side only: the figure refines the bare mention (issue 10).

/** A count's noun must be this rare in the pair: in at most this many sentences of each side. */
const MAX_SENTENCES = 2;
/** How far a name may stand from the noun it describes ("Lower Valley Alliance, a 40-member coalition"). */
const WINDOW = 8;
/**
 * Names two mentions must share to be of one referent: a two-word name at least, rare enough
 * in the pair (summed lemma weight, a rare word and more) not to be the story's topic ("the
 * Pension Fund" beside "retirees" in a story about the Pension Fund).
 */
const SHARED_NAMES = 2;
const NAME_WEIGHT = 3;
const CONFIDENCE = 0.6;

const inside = (t: Token, c: { start: number; end: number }) => t.start >= c.start && t.end <= c.end;

/** The counted noun of a count: the last noun inside its span ("40-member coalition" → coalition). */
function countedNoun(s: Sentence, q: QuantityClaim): Token | undefined {
  return s.tokens.filter((t) => inside(t, q) && t.pos === 'NOUN').at(-1);
}

/** A word of a name: a proper noun, or a capitalised word inside the sentence ("Save Our Valley"). */
const named = (t: Token, k: number) => t.pos === 'PROPN' || (k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text));

/** Name lemmas within `WINDOW` tokens of token `i`. */
function namesNear(s: Sentence, i: number): Set<string> {
  const from = Math.max(0, i - WINDOW);
  const near = s.tokens.slice(from, i + WINDOW + 1);
  return new Set(near.filter((t, k) => named(t, from + k)).map((t) => t.lemma));
}

/** Whether two sets of names share a rare name of two words or more. */
function shareName(x: Set<string>, y: Set<string>, w: ReadonlyMap<string, number>): boolean {
  const shared = [...x].filter((n) => y.has(n));
  const weight = shared.reduce((sum, n) => sum + (w.get(n) ?? 0), 0);
  return shared.length >= SHARED_NAMES && weight >= NAME_WEIGHT;
}

/** Whether a noun is counted: right after a number, or beside a quantity ("a coalition of 40 crews"). */
function counted(ctx: CompareContext, side: Side, s: Sentence, i: number): boolean {
  if (s.tokens.slice(Math.max(0, i - 3), i).some((x) => x.pos === 'NUM')) return true;
  const near = {
    start: s.tokens[Math.max(0, i - 3)].start,
    end: s.tokens[Math.min(s.tokens.length - 1, i + 3)].end,
  };
  return ctx[side].claims.some(
    (c) => c.kind === 'quantity' && c.sentence === s.id && c.start < near.end && c.end > near.start,
  );
}

/** Whether a side states a count of the same counted noun with the same value, anywhere. */
function givesFigure(ctx: CompareContext, side: Side, q: QuantityClaim): boolean {
  return ctx[side].claims.some(
    (c) =>
      c.kind === 'quantity' && c.noun !== null && c.noun === q.noun && c.min === q.min && c.max === q.max,
  );
}

// Where each noun lemma occurs does not depend on the other article: indexed once per sentence list
// (a source's, shared by its pairs) instead of scanning every token for every count.
const nounIndex = new WeakMap<readonly Sentence[], Map<string, [Sentence, number][]>>();

function nounsOf(sentences: readonly Sentence[]): Map<string, [Sentence, number][]> {
  const known = nounIndex.get(sentences);
  if (known) return known;
  const index = new Map<string, [Sentence, number][]>();
  for (const s of sentences) {
    if (!carriesClaims(s)) continue;
    s.tokens.forEach((t, i) => {
      if (t.pos !== 'NOUN') return;
      const at = index.get(t.lemma);
      if (at) at.push([s, i]);
      else index.set(t.lemma, [[s, i]]);
    });
  }
  nounIndex.set(sentences, index);
  return index;
}

/** Every body or headline occurrence of a noun lemma on a side, as sentence and token index (read only). */
function occurrences(ctx: CompareContext, side: Side, lemma: string): readonly [Sentence, number][] {
  return nounsOf(ctx[side].sentences).get(lemma) ?? [];
}

/** The finding for one count on side `fine` that the other side mentions bare, if both name one referent. */
function refine(
  ctx: CompareContext,
  m: MatchedFacts,
  fine: Side,
  q: QuantityClaim,
): FindingDraft | undefined {
  const s = ctx.sentence[fine].get(q.sentence);
  const noun = s && countedNoun(s, q);
  if (!s || !noun) return undefined;
  const coarse = otherSide(fine);
  const mine = occurrences(ctx, fine, noun.lemma);
  const theirs = occurrences(ctx, coarse, noun.lemma);
  const sentences = (xs: readonly [Sentence, number][]) => new Set(xs.map(([x]) => x.id)).size;
  if (sentences(mine) > MAX_SENTENCES || sentences(theirs) > MAX_SENTENCES) return undefined;
  // The other side gives the figure itself elsewhere ("a 40-member group" further down): nothing is refined.
  if (givesFigure(ctx, coarse, q)) return undefined;
  // The other side counts it too, somewhere: the quantity rules compare the two figures.
  if (theirs.some(([x, i]) => counted(ctx, coarse, x, i))) return undefined;
  const names = namesNear(s, s.tokens.indexOf(noun));
  const match = theirs.find(([x, i]) => shareName(names, namesNear(x, i), m.weights));
  if (!match) return undefined;
  const [bare, i] = match;
  const mention: Span = {
    sentence: bare.id,
    start: bare.tokens[i].start,
    end: bare.tokens[i].end,
    text: bare.tokens[i].text,
  };
  return refinementDraft({
    fine,
    precise: claimSpan(q),
    vague: mention,
    subject: 'quantity',
    claims: [claimRef(fine, q)],
    ruleId: 'compare/figure-refinement',
    salience: 0.35,
    confidence: CONFIDENCE,
    explanation: `${outlet(ctx, fine)} gives a figure, '${q.text}', for the ${noun.text} ${outlet(ctx, coarse)} mentions without one.`,
  });
}

/**
 * Rule `compare/figure-refinement`: one side counts what the other only names ("a 40-member
 * coalition" / "a coalition called …"), the two mentions sharing a rare noun and a name beside
 * it, and the other side giving no figure for that noun anywhere.
 */
export function figureRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return (['a', 'b'] as const).flatMap((side) =>
    ctx[side].claims
      .filter((c): c is QuantityClaim => c.kind === 'quantity' && c.subtype === 'count')
      .map((q) => refine(ctx, m, side, q))
      .filter((f): f is FindingDraft => f !== undefined),
  );
}
