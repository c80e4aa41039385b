import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { Fact } from '../facts/fact.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimRef, claimSpan } from '../spans.js';

// Inputs: the exact percentages of both articles, as facts, and their sentences. One outlet gives
// the share taken away ("a 15 percent cut in rail subsidies", "cut rail subsidies by 15 percent"),
// the other the share that is left ("will pay 85 percent of rail subsidies"): the same figure told
// from its other side, which no figure matching pairs, since the values differ (issue 10). Only
// these shapes count: a decrease word near a figure but not about it ("after the cut in aid, 30
// percent of schools …"), "cut to 80 percent" (the share left, told as a cut) and a figure with no
// "of" (a growth, a turnout) say nothing of a share kept.

const CONFIDENCE = 0.6;
const SALIENCE = 0.3;
/** The weight a shared noun needs (`lemmaWeights`, log((N + 1) / df)): one not in nearly every sentence. */
const SHARED_WORD = 0.5;
/** Words a noun phrase's modifiers run over: "a 15 percent across-the-board cut". */
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How far back a verb may stand from "by N percent": "cut funding for the city museum by". */
const VERB_REACH = 8;

/** One side of a complement: the share cut or the share kept, and what it is a share of. */
interface Share {
  fact: Fact;
  cut: boolean;
  /** The head noun of what is shared: "subsidy" in "cut in rail subsidies". */
  of: string | undefined;
}

/** The exact percentage of a fact, strictly between 0 and 100. */
function percent(f: Fact): number | undefined {
  const c = f.claim;
  if (c.kind !== 'quantity' || c.subtype !== 'percent' || c.precision !== 'exact') return undefined;
  const v = (c as QuantityClaim).value;
  return v !== undefined && v > 0 && v < 100 ? v : undefined;
}

const decrease = (t: Token | undefined) => t !== undefined && verbClass('decrease').has(t.lemma);

/** Whether token `j` is a hyphen or a word a hyphen joins: "across-the-board", "year-over-year". */
const hyphenated = (t: readonly Token[], j: number) =>
  t[j].text === '-' ||
  (t[j + 1]?.text === '-' && t[j + 1].start === t[j].end) ||
  (t[j - 1]?.text === '-' && t[j - 1].end === t[j].start);

/** Index just past the noun-phrase run that starts at `i` (modifiers, nouns, hyphenated words; participles with `verbs`). */
function runEnd(t: readonly Token[], i: number, most: number, verbs = false): number {
  let j = i;
  const inRun = (k: number) => PHRASE_POS.has(t[k].pos) || hyphenated(t, k) || (verbs && t[k].pos === 'VERB');
  while (j < t.length && j - i < most && inRun(j)) j++;
  return j;
}

/** The head of the noun phrase at `i` (after a determiner): its last noun, participles run over. */
function headAt(t: readonly Token[], i: number): string | undefined {
  const from = t[i]?.pos === 'DET' ? i + 1 : i;
  // "of promised benefits": a participle modifies the noun.
  return t
    .slice(from, runEnd(t, from, 4, true))
    .filter((x) => x.pos === 'NOUN')
    .at(-1)?.lemma;
}

/** What an "in"/"of" phrase at `i` is about: "in rail subsidies" → subsidy. */
const linked = (t: readonly Token[], i: number) =>
  functionWords('amount-link').has(t[i]?.lower ?? '') ? headAt(t, i + 1) : undefined;

/** The share a percentage is, from the shape around it (tokens `first..last` are the figure). */
function shareOf(f: Fact, t: readonly Token[], first: number, last: number): Share | undefined {
  // The figure's own head is a decrease: "a 15 percent (across-the-board) cut in X". The tagger
  // may read the head "cut" as a verb; after a determiner the figure opens a noun phrase.
  const end = runEnd(t, last + 1, 7);
  const head = decrease(t[end - 1]) && end > last + 1 ? end - 1 : decrease(t[end]) ? end : -1;
  if (head >= 0 && (t[head].pos === 'NOUN' || t[first - 1]?.pos === 'DET'))
    return { fact: f, cut: true, of: linked(t, head + 1) };
  // "cut X by 15 percent": the decrease verb takes the figure as its measure.
  if (t[first - 1]?.lower === 'by') {
    for (let j = first - 2; j >= 0 && j >= first - 1 - VERB_REACH; j--) {
      if (t[j].pos === 'PUNCT') break;
      if (t[j].pos === 'VERB')
        return decrease(t[j]) ? { fact: f, cut: true, of: headAt(t, j + 1) } : undefined;
    }
    return undefined;
  }
  // "pay (only) 85 percent of X": the figure is a verb's object, a share of something.
  let j = first - 1;
  while (j >= 0 && t[j].pos === 'ADV') j--;
  const verb = t[j];
  if (t[last + 1]?.lower !== 'of' || verb?.pos !== 'VERB' || decrease(verb) || reportingVerb(verb.lemma))
    return undefined;
  return { fact: f, cut: false, of: linked(t, last + 1) };
}

/** The shares of a side's exact percentages. */
function sharesOf(ctx: CompareContext, facts: Fact[]): Share[] {
  return facts.flatMap((f) => {
    const s: Sentence | undefined = ctx.sentence[f.side].get(f.claim.sentence);
    if (!s || percent(f) === undefined) return [];
    const first = s.tokens.findIndex((x) => x.end > f.claim.start);
    let last = first;
    while (last + 1 < s.tokens.length && s.tokens[last + 1].start < f.claim.end) last++;
    const share = first < 0 ? undefined : shareOf(f, s.tokens, first, last);
    return share ? [share] : [];
  });
}

/**
 * Whether two shares are one share seen from both sides: one cut, one kept, adding up to 100,
 * of the same thing: one head noun, not in nearly every sentence of the pair (`w`). Not `RARE`:
 * what a share is of ("pensions") is often the topic of both articles; the shapes above, not the
 * weight, say that both figures are shares of it.
 */
function complements(a: Share, b: Share, w: ReadonlyMap<string, number>): boolean {
  const [va, vb] = [percent(a.fact), percent(b.fact)];
  if (a.cut === b.cut || va === undefined || vb === undefined || va + vb !== 100) return false;
  return a.of !== undefined && a.of === b.of && (w.get(a.of) ?? 0) >= SHARED_WORD;
}

/**
 * Rule `compare/complement-agreement`: a percentage taken away on one side and the percentage
 * left on the other (15 / 85), of the same thing.
 */
export function complementAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const [as, bs] = [sharesOf(ctx, m.facts.a), sharesOf(ctx, m.facts.b)];
  const pairs = as.flatMap((a) => bs.filter((b) => complements(a, b, m.weights)).map((b) => [a, b] as const));
  // One to one, by the unordered pair of offsets, so that b-vs-a keeps the same pairs.
  const key = ([a, b]: readonly [Share, Share]) => {
    const [s, t] = [a.fact.claim.start, b.fact.claim.start];
    return [Math.min(s, t), Math.max(s, t)];
  };
  pairs.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
  const used = new Set<Share>();
  const out: FindingDraft[] = [];
  for (const [a, b] of pairs) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    out.push(draft(ctx, a, b));
  }
  return out;
}

/** The finding for a complement pair. */
function draft(ctx: CompareContext, a: Share, b: Share): FindingDraft {
  const cut = a.cut ? 'a' : 'b';
  const kept = cut === 'a' ? 'b' : 'a';
  const spans = { a: claimSpan(a.fact.claim), b: claimSpan(b.fact.claim) };
  return {
    kind: 'agreement',
    subject: 'quantity',
    a: [spans.a],
    b: [spans.b],
    claims: [claimRef('a', a.fact.claim), claimRef('b', b.fact.claim)],
    ruleId: 'compare/complement-agreement',
    confidence: CONFIDENCE,
    salience: SALIENCE,
    explanation: `${outlet(ctx, cut)} gives the share cut ('${spans[cut].text}') and ${outlet(ctx, kept)} the share left ('${spans[kept].text}'): together 100 percent, the same figure.`,
  };
}
