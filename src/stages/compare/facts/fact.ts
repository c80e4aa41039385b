import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { DateClaim, QuantityClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { isQuoted, quotedRanges } from '../attribution/quotes.js';
import { isContent } from '../weights.js';
import { type Interval, intervalOf } from './interval.js';

/**
 * A figure or date as a fact (issue 10): what it counts or dates, whose it is, the words of
 * its clause, and whether it sits inside a quotation. Two claims are comparable only when
 * their facts are the same, whatever their values.
 */
export interface Fact {
  side: Side;
  claim: QuantityClaim | DateClaim;
  /** What is counted or dated: the counted noun and its modifiers, what money is "in" or "of", the act; a date's event noun. */
  what: Set<string>;
  /** The verb of the clause: what an amount was spent on when no noun says it, the act a date dates. */
  verb: string | undefined;
  /** Content lemmas of the clause around the claim, the claim's own words left out. */
  context: Set<string>;
  /** Proper-noun lemmas of the sentence: whose figure or date it is. */
  names: Set<string>;
  /** Inside quotation marks: the quoted speaker's figure, not the outlet's. */
  quoted: boolean;
  /** For a quoted claim, the content lemmas of the quoted words of its sentence: which quotation it is. */
  quote: Set<string>;
  /** The value as an interval: the count, or days since the epoch for a date. */
  interval: Interval;
}

/** How far a clause reaches either side of a claim, in tokens. */
const CLAUSE = 10;
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const DAY_MS = 86_400_000;

/** Token indices `first..last` the claim covers in its sentence. */
function claimTokens(s: Sentence, c: { start: number; end: number }): [number, number] {
  const first = s.tokens.findIndex((t) => t.end > c.start);
  let last = first;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].start < c.end) last++;
  return [first, last];
}

/**
 * Lemmas of the noun phrase that starts at `i` (after an optional determiner), up to 4 words.
 * An adjective after a noun starts another phrase ("taxes | last year").
 */
function phraseAt(tokens: Token[], i: number): string[] {
  let j = tokens[i]?.pos === 'DET' ? i + 1 : i;
  const out: string[] = [];
  for (; j < tokens.length && out.length < 4 && PHRASE_POS.has(tokens[j].pos); j++) {
    if (tokens[j].pos === 'ADJ' && tokens[j - 1]?.pos === 'NOUN' && out.length > 0) break;
    out.push(tokens[j].lemma);
  }
  return out;
}

/** The nearest verb before token `i` within `reach` tokens, without crossing a clause mark. */
function verbBefore(tokens: Token[], i: number, reach: number): string | undefined {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (/^[;.:]$/.test(tokens[j].lower)) return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j].lemma;
  }
  return undefined;
}

/** What a quantity counts: its noun phrase, its act, and what an amount or share is of. */
function quantityWhat(q: QuantityClaim, tokens: Token[], first: number, last: number): Set<string> {
  const what = new Set<string>();
  const own = q.subtype === 'money' || q.subtype === 'percent' ? [] : tokens.slice(first, last + 1);
  for (const t of own) if (isContent(t) && !/\d/.test(t.text)) what.add(t.lemma);
  if (q.noun && q.subtype !== 'money') what.add(q.noun);
  if (q.act) what.add(q.act);
  if (q.subtype === 'duration' && q.noun) what.add(`unit:${q.noun}`);
  if (q.subtype === 'money' || q.subtype === 'percent') {
    // "$43,000 Rolex watch", "a 23 percent cut in benefits", "$750,000 in campaign cash".
    let i = last + 1;
    for (const lemma of phraseAt(tokens, i)) what.add(lemma);
    while (i < tokens.length && PHRASE_POS.has(tokens[i].pos)) i++;
    // What an amount is "in" or "of": "$43 million in taxes", "77 percent of benefits".
    if (functionWords('amount-link').has(tokens[i]?.lower ?? ''))
      for (const lemma of phraseAt(tokens, i + 1)) what.add(lemma);
  }
  return what;
}

/** The nearest verb after token `i` within `reach` tokens, without crossing a clause mark. */
function verbAfter(tokens: Token[], i: number, reach: number): string | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + reach; j++) {
    if (/^[;.:]$/.test(tokens[j].lower)) return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j].lemma;
  }
  return undefined;
}

/**
 * An event noun just before a date, over modifiers and prepositions: "the assault early on
 * May 10". Only nouns of the date-words lexicon's events count: "the Patrick administration
 * in 2009" dates a joining, not the administration.
 */
function nounBefore(tokens: Token[], first: number): string | undefined {
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    if (tokens[j].pos === 'NOUN')
      return dateWords().events.has(tokens[j].lemma) ? tokens[j].lemma : undefined;
    if (!['ADJ', 'ADV', 'ADP', 'DET'].includes(tokens[j].pos)) return undefined;
  }
  return undefined;
}

/**
 * What a date dates: the noun it qualifies ("Tuesday's session", "a January 2017 report") and
 * an event noun just before it.
 */
function dateWhat(tokens: Token[], first: number, last: number): Set<string> {
  const what = new Set<string>();
  let i = last + 1;
  if (/^['’]s$/.test(tokens[i]?.lower ?? '')) i++;
  const noun = phraseAt(tokens, i).at(-1);
  if (noun && tokens[i]?.pos !== 'PROPN') what.add(noun);
  const before = nounBefore(tokens, first);
  if (before) what.add(before);
  return what;
}

/** A date's interval in days since the epoch. */
function daysOf(d: DateClaim): Interval {
  if (!d.interval) return 'unknown';
  return { min: Date.parse(d.interval.start) / DAY_MS, max: Date.parse(d.interval.end) / DAY_MS };
}

/** The facts of every quantity and date claim of a source (durations as quantities only). */
export function factsOf(source: AnalyzedSource, side: Side): Fact[] {
  // A source's facts do not depend on the pair (a batch compares it with many others): built once
  // per source and side, and shared; the rules key maps by them but never change them.
  const cached = factCache.get(source) ?? {};
  factCache.set(source, cached);
  cached[side] ??= buildFacts(source, side);
  return cached[side];
}

const factCache = new WeakMap<AnalyzedSource, Partial<Record<Side, Fact[]>>>();

function buildFacts(source: AnalyzedSource, side: Side): Fact[] {
  const quotes = quotedRanges(source.text);
  const sentences = new Map(source.sentences.map((s) => [s.id, s]));
  const facts: Fact[] = [];
  for (const claim of source.claims) {
    if (claim.kind !== 'quantity' && claim.kind !== 'date') continue;
    if (claim.kind === 'date' && (claim.reference === 'duration' || !claim.interval)) continue;
    const sentence = sentences.get(claim.sentence);
    if (!sentence) continue;
    const [first, last] = claimTokens(sentence, claim);
    const { tokens } = sentence;
    const window = tokens.slice(Math.max(0, first - CLAUSE), last + 1 + CLAUSE);
    const inside = (t: Token) => t.start >= claim.start && t.end <= claim.end;
    facts.push({
      side,
      claim,
      what:
        claim.kind === 'quantity' ? quantityWhat(claim, tokens, first, last) : dateWhat(tokens, first, last),
      verb:
        claim.kind === 'quantity'
          ? verbBefore(tokens, first, 4)
          : (verbBefore(tokens, first, CLAUSE) ?? verbAfter(tokens, last, 6)),
      context: new Set(window.filter((t) => isContent(t) && !inside(t)).map((t) => t.lemma)),
      names: new Set(tokens.filter((t) => t.pos === 'PROPN' && !inside(t)).map((t) => t.lemma)),
      quoted: isQuoted(quotes, claim),
      quote: new Set(
        isQuoted(quotes, claim)
          ? tokens.filter((t) => isContent(t) && isQuoted(quotes, t)).map((t) => t.lemma)
          : [],
      ),
      interval: claim.kind === 'quantity' ? intervalOf(claim) : daysOf(claim),
    });
  }
  return facts;
}
