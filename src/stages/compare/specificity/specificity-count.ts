import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { QuantityClaim } from '../../../model/claim.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { RARE } from '../agreement/sentence-pairs.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import { type MatchedFacts, otherSide } from '../facts/fact-match.js';
import { claimRef, spanOf } from '../spans.js';
import { isContent, sharedWeight } from '../weights.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: a count of people followed by the list of those it counts ("four board members were
// suspended on Friday: Ada Lind, Piet Roos, Karel Smit and Jan Wouters"), and a sentence of the
// other article that names some of them, not all ("Roos and Smit were suspended"). The count names
// its referents only when the list after the colon holds as many names as it counts (a colon
// introducing a list, Huddleston & Pullum 2002 ch. 20 §4): then the counting side tells the same
// fact more fully, when the other article never names the rest and both sentences tell the same
// act ("suspended" and "suspended", not "charged" and "cleared", nor "voted against" and "voted for").

const CONFIDENCE = 0.6;
const SALIENCE = 0.35;
/** Lists this long at most: a count of people named one by one. */
const MOST = 12;

/** A count of people and the names it counts, in one sentence. */
interface CountedList {
  sentence: Sentence;
  claim: QuantityClaim;
  /** The listed people's surnames, lower-case, in order, and as written. */
  surnames: string[];
  written: string[];
  /** The last token of the list. */
  end: Token;
  /** What the counted people did or underwent: the count's own verb. */
  act: Act;
}

const capitalName = (t: Token | undefined) =>
  t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{L}+$/u.test(t.text);

/** The surnames of the name runs after token `from` (the last word of each run), to the sentence's end. */
function listedNames(t: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < t.length; i++) if (capitalName(t[i]) && !capitalName(t[i + 1])) out.push(t[i]);
  return out;
}

/** The count of people in a sentence that a colon list of as many names follows. */
function countedList(s: Sentence, claim: QuantityClaim): CountedList | undefined {
  const n = claim.value;
  if (n === undefined || n < 2 || n > MOST || claim.precision !== 'exact' || !claim.noun) return undefined;
  if (claim.noun !== 'people' && !isRoleNoun(claim.noun)) return undefined;
  const colon = s.tokens.findIndex((t) => t.start >= claim.end && t.text === ':');
  if (colon < 0) return undefined;
  const names = listedNames(s.tokens, colon + 1);
  const surnames = [...new Set(names.map((t) => t.lower))];
  if (surnames.length !== n) return undefined;
  const written = surnames.map((x) => names.find((t) => t.lower === x)?.text ?? x);
  // The count's predicate or relative clause ("three people voted", "three people who were
  // charged"), else the verb it is the object of ("suspended three officials"); not a verb of the
  // clause around it ("Defendants include three people who …").
  const first = s.tokens.findIndex((t) => t.start >= claim.end);
  const act =
    actsIn(s.tokens, first, colon)[0] ??
    actsIn(
      s.tokens,
      0,
      s.tokens.findIndex((t) => t.end > claim.start),
    ).at(-1);
  if (!act) return undefined;
  return { sentence: s, claim, surnames, written, end: names[names.length - 1], act };
}

/**
 * A verb's act: its lemma, the preposition right after it ("vote against"), and whether a
 * negation is among the three words before it ("did not vote").
 */
interface Act {
  lemma: string;
  particle: string | undefined;
  negated: boolean;
}

/** The acts of tokens `from..to` of a sentence: content verbs that do not report speech. */
function actsIn(t: readonly Token[], from: number, to: number): Act[] {
  const out: Act[] = [];
  for (let i = from; i < to; i++) {
    if (t[i].pos !== 'VERB' || !isContent(t[i]) || reportingVerb(t[i].lemma)) continue;
    const next = t[i + 1]?.pos === 'ADP' ? t[i + 1].lower : undefined;
    const negated = t.slice(Math.max(0, i - 3), i).some((x) => functionWords('negation').has(x.lower));
    out.push({ lemma: t[i].lemma, particle: next, negated });
  }
  return out;
}

/**
 * Whether a sentence tells act `p`: it holds the same verb, rare in the pair (`w`), with the same
 * polarity and, when both take a preposition right after it, the same one ("voted against" is not
 * "voted for"). A different verb is a different act, even a near synonym: no lexicon says which
 * verbs name one act ("charged" and "cleared" share a noun, not an act).
 */
const sameAct = (p: Act, y: Act[], w: ReadonlyMap<string, number>) =>
  y.some(
    (q) =>
      p.lemma === q.lemma &&
      (w.get(p.lemma) ?? 0) >= RARE &&
      p.negated === q.negated &&
      (p.particle === undefined || q.particle === undefined || p.particle === q.particle),
  );

/** Names as a list: "A, B and C". */
const listed = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Whether a sentence gives the count itself: then it is as precise. */
const counts = (ctx: CompareContext, side: Side, s: Sentence, list: CountedList) =>
  ctx[side].claims.some((c) => c.kind === 'quantity' && c.sentence === s.id && c.value === list.claim.value);

/** The refinement for one counted list on side `fine`, if a sentence of the other side names part of it. */
function refine(
  ctx: CompareContext,
  m: MatchedFacts,
  fine: Side,
  list: CountedList,
): FindingDraft | undefined {
  const coarse = otherSide(fine);
  const named = (t: Token) => t.pos === 'PROPN' && list.surnames.includes(t.lower);
  const everNamed = new Set(ctx[coarse].sentences.flatMap((s) => s.tokens.filter(named).map((t) => t.lower)));
  // The other article names the whole list somewhere: it is as complete.
  if (everNamed.size === list.surnames.length) return undefined;
  const context = new Set(list.sentence.tokens.filter((t) => !named(t) && isContent(t)).map((t) => t.lemma));
  // The sentence naming two of them or more that shares the most rare words with the list's.
  let match: Sentence | undefined;
  let best = 0;
  for (const s of ctx[coarse].sentences.filter(carriesClaims)) {
    if (new Set(s.tokens.filter(named).map((t) => t.lower)).size < 2 || counts(ctx, coarse, s, list))
      continue;
    if (!sameAct(list.act, actsIn(s.tokens, 0, s.tokens.length), m.weights)) continue;
    const lemmas = new Set(s.tokens.filter((t) => !named(t) && isContent(t)).map((t) => t.lemma));
    const rare = [...lemmas].filter((l) => context.has(l) && (m.weights.get(l) ?? 0) >= RARE);
    const shared = sharedWeight(new Set(rare), context, m.weights);
    if (shared > best) [match, best] = [s, shared];
  }
  if (!match) return undefined;
  const here = match.tokens.filter(named);
  const missing = list.written.filter((_, i) => !everNamed.has(list.surnames[i]));
  return refinementDraft({
    fine,
    precise: spanOf(list.sentence, list.claim.start, list.end.end),
    vague: spanOf(match, here[0].start, here[here.length - 1].end),
    subject: 'quantity',
    claims: [claimRef(fine, list.claim)],
    ruleId: 'compare/count-names-refinement',
    salience: SALIENCE,
    confidence: CONFIDENCE,
    explanation: `${outlet(ctx, fine)} counts ${list.claim.text} and names them, ${listed(missing)} among them; ${outlet(ctx, coarse)} names only ${listed([...new Set(here.map((t) => t.text))])}.`,
  });
}

/**
 * Rule `compare/count-names-refinement`: a count of people with the list of its referents on one
 * side; on the other, a sentence telling the same act that names two of them or more, in an
 * article that never names the rest.
 */
export function countNamesRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return (['a', 'b'] as const).flatMap((fine) =>
    ctx[fine].claims
      .filter((c): c is QuantityClaim => c.kind === 'quantity')
      .map((c) => {
        const s = ctx.sentence[fine].get(c.sentence);
        return s && carriesClaims(s) ? countedList(s, c) : undefined;
      })
      .filter((l): l is CountedList => l !== undefined)
      .map((l) => refine(ctx, m, fine, l))
      .filter((f): f is FindingDraft => f !== undefined),
  );
}
