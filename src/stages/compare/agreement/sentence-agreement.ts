import { isPerson } from '../../../lexicons/role-nouns.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Side, Span } from '../../../model/span.js';
import type { CompareContext, FindingDraft } from '../context.js';
import { otherSide, outlet } from '../context.js';
import type { Fact } from '../facts/fact.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import type { FactPair } from '../facts/fact-pairs.js';
import { shareWhat } from '../facts/fact-same.js';
import { OPEN_REACH, relate, SELF_NAMING } from '../facts/interval.js';
import { isOpenBound, sameOpenBound, statedNumber } from '../facts/quantity-precision.js';
import { claimRef, sentenceSpan, spanOf } from '../spans.js';
import type { Clause } from './agreement-clauses.js';
import { type ClausePair, similarClauses } from './agreement-match.js';
import { SHARED_MIN } from './sentence-pairs.js';

/**
 * Which agreements a reader sees first (after the sure ones): the most fully repeated, with shared words counted up to
 * twice the minimum, so that two long sentences sharing many words do not crowd out a short
 * fact repeated whole. Ties by the mirrored offsets, so b-vs-a shows the same ones.
 */
function byRank(x: ClausePair, y: ClausePair): number {
  const rank = (p: ClausePair) => Math.round(p.cover * Math.min(p.shared, 2 * SHARED_MIN) * 1000);
  const key = (p: ClausePair) => {
    const [s, t] = [p.a.sentence.tokens[p.a.from].start, p.b.sentence.tokens[p.b.from].start];
    return [Math.min(s, t), Math.max(s, t)];
  };
  const [kx, ky] = [key(x), key(y)];
  return rank(y) - rank(x) || kx[0] - ky[0] || kx[1] - ky[1];
}

/**
 * Below `CONFIDENT`: kept in the JSON, not shown by default. Shared rare words are weak evidence
 * on their own; the alignment's paraphrase model, or the same run of words, confirms them.
 */
const UNSURE = 0.45;

/**
 * Whether an agreement rests on shared words alone: sentences the alignment does not link, no
 * quotation. A shared predication (agreement-predication.ts) is read from the surface by a
 * tagger and may miss a doer or a negation the parse hides, so it does not lift the doubt.
 */
const unsure = (ctx: CompareContext, p: ClausePair) =>
  !p.quoted && !ctx.linked.has(`${p.a.sentence.id}|${p.b.sentence.id}`);

/** Whether a claim of the fact pair lies inside the clause. */
const inside = (c: Clause, claim: { sentence: string; start: number; end: number }) =>
  claim.sentence === c.sentence.id &&
  claim.start >= c.sentence.tokens[c.from].start &&
  claim.end <= c.sentence.tokens[c.to - 1].end;

/** The figures and dates matched between the two clauses. */
const factsIn = (m: MatchedFacts, p: ClausePair) =>
  [...m.quantities, ...m.dates].filter((f) => inside(p.a, f.a.claim) && inside(p.b, f.b.claim));

/** The event a date is about, when the extractor found one ("broke out" on Monday, "talks" on Friday). */
const eventOf = (f: Fact) => (f.claim.kind === 'date' ? f.claim.event : null);

/**
 * Whether two facts of one side state one fact twice: the same kind and value of the same thing
 * ("$12 million stadium plan" in a headline, "a $12 million plan" in the lead). A date of another
 * event on the same day is another fact ("broke out on Monday", "brought under control on Monday
 * night": review of truth21).
 */
const restates = (x: Fact, y: Fact) =>
  x.claim.kind === y.claim.kind &&
  (x.claim.kind !== 'quantity' || y.claim.kind !== 'quantity' || x.claim.subtype === y.claim.subtype) &&
  relate(x.interval, y.interval) === 'same' &&
  (shareWhat(x, y) || (eventOf(x) !== null && eventOf(x) === eventOf(y)));

/**
 * Whether a clause gives a fact that the matching found contradicted by a figure or date of the
 * other clause, though it paired the contradiction with the same fact stated elsewhere: "$12
 * million" in one lead and "$15 million" in the other, when the matching paired the "$15 million"
 * with the "$12 million" of the first article's headline (a divergence) and left the leads' own
 * figures unpaired (user trial 21). Not when the clause's fact is matched to a fact of the other
 * clause that agrees with it.
 */
function contradicted(m: MatchedFacts, p: ClausePair): boolean {
  const pairs = [...m.quantities, ...m.dates];
  const clause = { a: p.a, b: p.b };
  // Fact `x` of `side` is matched, in agreement, to a fact of the other clause.
  const agreesThere = (x: Fact, side: Side) =>
    pairs.some(
      (f) =>
        f[side] === x &&
        f.relation !== 'disjoint' &&
        inside(clause[otherSide(side)], f[otherSide(side)].claim),
    );
  // The clause of `side` restates `y`, a fact of the same side, and does not agree there.
  const restated = (side: Side, y: Fact) =>
    m.facts[side].some((x) => inside(clause[side], x.claim) && restates(x, y) && !agreesThere(x, side));
  return pairs.some(
    (f) =>
      f.relation === 'disjoint' &&
      ((inside(p.b, f.b.claim) && restated('a', f.a)) || (inside(p.a, f.a.claim) && restated('b', f.b))),
  );
}

/**
 * Whether the two clauses give figures of one thing (money, a share, a count or toll of one
 * counted word or act) and no figure of that kind on one side equals one of the other: "set aside
 * 12 million euros for cooling centres" / "released 15 million euros for cooling centres", "more
 * than 1,000 people" / "more than 1,200 people" treated, a toll of 48 / 57. The matching may pair neither
 * (their nouns differ) or find their bounds compatible, but a reader told the clauses "report the
 * same thing" reads the figures as one (user trial 22).
 */
function figuresDiffer(m: MatchedFacts, p: ClausePair): boolean {
  const figures = (side: Side) =>
    m.facts[side].filter((f) => f.claim.kind === 'quantity' && inside(p[side], f.claim));
  const [as, bs] = [figures('a'), figures('b')];
  // A toll is a count with a casualty verb: "Three people were detained" / "Five people, including
  // the deputy minister," count one group whether or not a verb says what befell it (blind 31).
  const kind = (f: Fact) =>
    f.claim.kind !== 'quantity' ? '' : f.claim.subtype === 'casualty' ? 'count' : f.claim.subtype;
  // Of one thing: a shared counted word or act, or an amount of money or a share where one side
  // names nothing it is of ("released 15 million euros", "have offered 6 percent"). Ages and
  // counts of other things may differ freely ("aged 16 and 13" / "Lauten, 31, who has more than
  // 14,000 followers").
  const oneThing = (x: Fact, y: Fact) =>
    kind(x) === kind(y) &&
    (shareWhat(x, y) ||
      (SELF_NAMING.has(kind(x)) && (x.what.size === 0 || y.what.size === 0)) ||
      peopleOf(x, y) ||
      peopleOf(y, x));
  return as.some(
    (x) => bs.some((y) => oneThing(x, y)) && !bs.some((y) => kind(y) === kind(x) && oneFigure(x, y)),
  );
}

/**
 * Whether figure `x` counts "people" and `y` a kind of person ("nearly 200 people on board" / "about
 * 210 passengers"): "people" is the plain plural of any person noun (WordNet 3.1 person senses,
 * role-nouns), so the two count one group (blind 36 reader). Not a part of the group ("including 12
 * children"), which may differ from the whole.
 */
function peopleOf(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity' || x.part || y.part) return false;
  return (p.noun === 'people' || p.noun === 'person') && q.noun !== null && isPerson(q.noun);
}

/**
 * Whether both clauses give a day and no day of one can be a day of the other: "further strikes
 * were planned for 14 and 15 October" / "a further strike for 21 October" (blind 33 reader: an
 * agreement for different dates). The matching pairs dates by what they date, and may pair
 * neither; a reader told the clauses "report the same thing" reads their days as one. Only days:
 * a month or a year is often another event's ("declared in July she plans to challenge" / "in
 * next year's primary"). And a day is read as written, the same day of a month or of a week,
 * whatever year or week each article's date resolved it to ("April 21" in two articles published
 * a day apart, on the 200 dev pairs).
 */
function datesDiffer(m: MatchedFacts, p: ClausePair): boolean {
  const days = (side: Side) =>
    m.facts[side].flatMap((f) => (f.claim.kind === 'date' && inside(p[side], f.claim) ? dayOf(f) : []));
  const [as, bs] = [days('a'), days('b')];
  if (as.length === 0 || bs.length === 0) return false;
  return !as.some((x) => bs.some((y) => x.date === y.date || x.weekday === y.weekday));
}

/** A fact's day, as a day of a month ("10-21") and of a week (0 Sunday to 6); none unless it dates one day. */
function dayOf(f: Fact): { date: string; weekday: number }[] {
  const { interval } = f;
  if (interval === 'unknown' || interval.min !== interval.max) return [];
  const day = new Date(interval.min * 86_400_000);
  return [{ date: day.toISOString().slice(5, 10), weekday: day.getUTCDay() }];
}

/**
 * Whether two figures of one thing can stand as one figure in an agreement: the same value, or
 * compatible ones ("About 20" / "Nineteen", "At least 12" / "Twelve", "8,000 to 10,000" / "about
 * 9,500"), but not two open bounds the same way on different numbers ("more than 1,000" / "more
 * than 1,200"), not two estimates on different numbers ("about 550" / "about 600"), and not an
 * open bound against another number ("more than 200 millimetres" / "230 millimetres", "nearly 40
 * percent" / "38 percent", "gusts of up to 60 mph" / "gusting to 55 mph"):
 * an open bound is the outlet's own estimate, so a figure inside it is another estimate, as
 * `finerSide` reads it; "report the same thing" over them is an agreement for different figures,
 * which RUBRIC.md calls WRONG (user trial 22, blind 23 and 25 readers).
 */
function oneFigure(x: Fact, y: Fact): boolean {
  const relation = relate(x.interval, y.interval);
  if (relation === 'same') return true;
  if (relation === 'disjoint') return false;
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity') return true;
  if (sameOpenBound(p, q)) return !openApart(x, y);
  // Two estimates on different numbers ("Around 550 workers" / "About 600 workers"): each outlet's
  // own round figure, which overlap only by the reach an estimate is read with (blind 30 reader).
  // A range ("8,000 to 10,000") states its ends, and a number between them fits it.
  if (estimate(p) && estimate(q)) return statedNumber(p) === statedNumber(q);
  if (!isOpenBound(p) && !isOpenBound(q)) return true;
  // One open bound (or two opposite ones): only on the very number ("At least 12" / "Twelve").
  const stated = statedNumber(p);
  return stated !== undefined && stated === statedNumber(q);
}

/** A figure hedged on one number ("about 550", "some 600"), not a range. */
const estimate = (q: QuantityClaim) => q.precision === 'approximate' && q.ruleId !== 'extract/quantity-range';

/**
 * Two bounds open the same way on different numbers ("more than 1,000" / "more than 1,200"); not
 * one bound written two ways ("At least 12" / "More than 11": a unit apart).
 */
function openApart(x: Fact, y: Fact): boolean {
  const [p, q] = [x.claim, y.claim];
  if (p.kind !== 'quantity' || q.kind !== 'quantity' || !sameOpenBound(p, q)) return false;
  const [u, v] =
    p.precision === 'lower-bound' ? [p.min, q.min] : p.precision === 'upper-bound' ? [p.max, q.max] : [];
  return u !== undefined && v !== undefined && Math.abs(u - v) > 1;
}

/**
 * Whether a pair of figures of one fact are two open bounds the same way whose numbers lie too
 * far apart to bound one count ("at least 12" / "at least 40" killed: two estimates, though the
 * bounds overlap; user trial 18; issue 10: "more than 100" / "more than 307" called an
 * agreement). How far apart: beyond the reach an open bound is read with (`OPEN_REACH`), so "at
 * least 12" / "more than 11" still agree. Exact, approximate and vague figures are left to the
 * interval relation: "about 20" / "Twenty", "nearly $2 million" / "$1.9 million" agree.
 */
function boundsApart(f: FactPair): boolean {
  const [x, y] = [f.a.claim, f.b.claim];
  if (x.kind !== 'quantity' || y.kind !== 'quantity' || x.precision !== y.precision) return false;
  // Numbers of one counted noun only: "at least three hours" / "at least 180 minutes" bound one
  // span in two units (review of rev18d, fault 2).
  if (x.noun === null || x.noun !== y.noun || x.subtype !== y.subtype || x.subtype === 'duration')
    return false;
  const bound = (q: typeof x) =>
    q.precision === 'lower-bound'
      ? (q.min ?? q.value)
      : q.precision === 'upper-bound'
        ? (q.max ?? q.value)
        : undefined;
  const [u, v] = [bound(x), bound(y)];
  if (u === undefined || v === undefined || u <= 0 || v <= 0) return false;
  return Math.max(u, v) / Math.min(u, v) > OPEN_REACH;
}

/** The evidence span of a clause: the sentence, or from the clause's first token to its last, closing punctuation left out. */
function clauseSpan(c: Clause): Span {
  if (c.whole) return sentenceSpan(c.sentence);
  let to = c.to;
  while (to - 1 > c.from && c.sentence.tokens[to - 1].pos === 'PUNCT') to--;
  return spanOf(c.sentence, c.sentence.tokens[c.from].start, c.sentence.tokens[to - 1].end);
}

/**
 * Rule `compare/sentence-agreement`: two clauses, anywhere in the articles, that report the
 * same fact: "met Tuesday morning at the town hall" / "met privately at the town hall on
 * Tuesday", or the same quote. They share rare words (or words WordNet relates, at a discount),
 * two fifths of the lighter clause, and an act (`similarClauses`), and no figure or date in them disagrees or
 * bounds another count (`boundsApart`), matched or only a candidate (`contradicted`), or gives
 * a figure of a kind the other clause gives only other values of (`figuresDiffer`). Strongest first.
 */
export function sentenceAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  // Each pair's facts and doubt worked out once, not again in the sort and the finding.
  const ranked = similarClauses(ctx, m.weights)
    .map((p) => ({ p, facts: factsIn(m, p), doubt: unsure(ctx, p) }))
    .filter(({ facts }) => !facts.some((f) => f.relation === 'disjoint' || boundsApart(f)))
    .filter(({ p }) => !contradicted(m, p) && !figuresDiffer(m, p) && !datesDiffer(m, p))
    .sort((x, y) => Number(x.doubt) - Number(y.doubt) || byRank(x.p, y.p));
  // All of them, ranked: the post-pass compare/cap-sentence-agreements (cap.ts) keeps the first few.
  return ranked.map(({ p, facts, doubt }) => ({
    kind: 'agreement',
    subject: 'sentence',
    a: [clauseSpan(p.a)],
    b: [clauseSpan(p.b)],
    claims: facts.flatMap((f) => [claimRef('a', f.a.claim), claimRef('b', f.b.claim)]),
    ruleId: 'compare/sentence-agreement',
    ...(doubt ? { confidence: UNSURE } : {}),
    salience: Math.round(Math.min(0.3, 0.1 + p.cover / 5) * 1000) / 1000,
    explanation: `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} report the same thing (${p.act ? `shared act: ${p.act}; ` : ''}shared: ${p.words.slice(0, 5).join(', ')}).`,
  }));
}
