import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { DateClaim, QuantityClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { isQuoted, quotedRanges } from '../attribution/quotes.js';
import { isContent } from '../weights.js';
import { ratePeriod, ratioOf } from './fact-rate.js';
import {
  type ClauseAfter,
  clauseAfter,
  dateWhat,
  levelSubject,
  quantityWhat,
  verbAfter,
  verbBefore,
} from './fact-what.js';
import { daysOf, type Interval, intervalOf } from './interval.js';

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
  /** Content lemmas of the whole sentence, the claim's own words left out (fact-same.ts `isFirm`, tolls). */
  sentenceWords: Set<string>;
  /** Content lemmas of the sentence set off from the claim by a comma, semicolon, dash or bracket: named outside its phrase (fact-same.ts `countsAnother`). */
  setOff: Set<string>;
  /** Proper-noun lemmas of the sentence: whose figure or date it is. */
  names: Set<string>;
  /** Inside quotation marks: the quoted speaker's figure, not the outlet's. */
  quoted: boolean;
  /** For a quoted claim, the content lemmas of the quoted words of its sentence: which quotation it is. */
  quote: Set<string>;
  /** The value as an interval: the count, or days since the epoch for a date. */
  interval: Interval;
  /** What the clause says after the claim: its content lemmas and its head (share-relation.ts, share-split.ts). */
  after: ClauseAfter;
  /** The whole of a partitive ("48 of the 90 seats": the 90): a total, not the count of a part. */
  whole: boolean;
  /** A figure's proper modifiers, lower-cased ("Three Veldonian soldiers" → veldonian); none for a date or in a headline. */
  proper: Set<string>;
  /** A figure that counts part of a group ("Five children were among the dead", "including 12 children", "14 on Tuesday alone"). */
  part: boolean;
  /** For a rate, the unit of time it is an amount per ("2,300 crowns a year": year); see fact-rate.ts. */
  per: string | undefined;
  /** For a ratio, what it is per after "per" ("10 riders per vehicle hour": vehicle hour); see fact-rate.ts. */
  ratio: string | undefined;
  /** The subject a figure after a linking verb measures ("Turnout was 41 percent": turnout); also in `what`. */
  level: string | undefined;
}

/** Words that make a figure what was added to a count: "nine more bodies", "another 40 homes", "an additional 300 troops". */
const INCREMENT_AFTER: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further']);
const INCREMENT_BEFORE: ReadonlySet<string> = new Set(['another', 'additional', 'further']);

/**
 * Whether a figure is an increment, what was added to a count since it was last told ("rescuers
 * recovered nine more bodies on Wednesday"): a part of the total, not a rival of it (blind 34
 * reader: "12 bodies" / "nine more bodies", a total of 21, read as a divergence).
 */
function increment(tokens: Token[], first: number, last: number): boolean {
  const number = tokens.findIndex((t, i) => i >= first && i <= last && t.pos === 'NUM');
  if (number < 0) return false;
  return (
    INCREMENT_AFTER.has(tokens[number + 1]?.lower ?? '') ||
    INCREMENT_BEFORE.has(tokens[first - 1]?.lower ?? '') ||
    INCREMENT_BEFORE.has(tokens[number - 1]?.lower ?? '')
  );
}

/** Words that make a figure a part of a larger group: "among", "including" before it; "among", "alone" after it. */
const PART_BEFORE: ReadonlySet<string> = new Set(['among', 'including']);
const PART_AFTER: ReadonlySet<string> = new Set(['among', 'alone']);
/** How far after a figure "alone" may follow ("14 people on Tuesday alone"). */
const PART_REACH = 5;

/**
 * Whether a figure counts part of a group rather than all of it (review of truth22): "Five
 * children were among the dead", "Among the dead were four children", "killed 31 people,
 * including 12 children", "among them 12 children", "killed 14 people on Tuesday alone". Such
 * a part never contradicts a whole ("killed 23").
 */
function partFigure(tokens: Token[], first: number, last: number): boolean {
  if (increment(tokens, first, last)) return true;
  let b = first - 1;
  while (b >= 0 && tokens[b].pos === 'AUX') b--;
  // "among them 12 children"
  if (tokens[b]?.pos === 'PRON') b--;
  if (PART_BEFORE.has(tokens[b]?.lower ?? '')) return true;
  // "Among the dead were four children"
  if (tokens[b - 2]?.lower === 'among' && tokens[b - 1]?.lower === 'the') return true;
  for (let a = last + 1; a < tokens.length && a <= last + PART_REACH; a++) {
    if (/^[,;.:]$/.test(tokens[a].text)) return false;
    if (PART_AFTER.has(tokens[a].lower)) return true;
  }
  return false;
}

/**
 * Capitalised names and adjectives inside a figure's words, not opening the sentence: whose
 * people or things it counts ("Two Karsk border guards", "Three Veldonian soldiers"); or in an
 * "on the … side" right after them ("four soldiers on the Karsk side": review of truth21b). Other
 * phrases after a figure say what money went on ("$5,687.75 on Martha's Vineyard Holistic
 * Retreat"), when ("on Sunday") or where from ("from the Mirren River": review of truth21c).
 */
function properModifiers(tokens: Token[], first: number, last: number): Set<string> {
  const out = new Set<string>();
  const proper = (t: Token) => (t.pos === 'PROPN' || t.pos === 'ADJ') && /^\p{Lu}/u.test(t.text);
  for (let k = Math.max(first, 1); k <= last; k++) if (proper(tokens[k])) out.add(tokens[k].lower);
  if (tokens[last + 1]?.lower !== 'on') return out;
  let end = last + 2;
  while (end < tokens.length && end <= last + 1 + OWNER_PHRASE && IN_OWNER_PHRASE.has(tokens[end].pos)) end++;
  if (tokens[end - 1]?.lemma !== 'side') return out;
  for (let k = last + 2; k < end; k++) if (proper(tokens[k])) out.add(tokens[k].lower);
  return out;
}

/** How many words an "on the … side" phrase may hold, and of what tags. */
const OWNER_PHRASE = 4;
const IN_OWNER_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Whether the figure at token `first` is the whole of a partitive: "of" (and a determiner) after
 * another number ("48 of the 90 seats", Quirk et al. 1985 §5.24). The chamber's 90 seats are no
 * counterpart of the 47 seats a party won (user trial 21b).
 */
function partitiveWhole(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "seven of the city's 12 branches": a possessive before the whole (blind 43 reader).
  if (
    /^['’]s?$/u.test(tokens[k]?.text ?? '') &&
    (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN')
  )
    k -= 2;
  if (tokens[k]?.pos === 'DET') k--;
  return tokens[k]?.lower === 'of' && tokens[k - 1]?.pos === 'NUM';
}

/**
 * "two of the firms", "Several of the consolidated routes", "two of which": a figure followed by
 * "of" and a definite group counts a part of that group, not the group (blind 42 readers: "two of
 * the firms" set against "three consultancy firms", "Several of the consolidated routes" called a
 * vaguer "11 routes"). Counts only: a sum's "of" ("£1.1 million of the payments") is an amount.
 */
function partitivePart(tokens: Token[], first: number): boolean {
  // The quantifier opens the figure, or follows one qualifier ("about two of the firms").
  return [first, first + 1].some(
    (k) => tokens[k + 1]?.lower === 'of' && functionWords('partitive-of').has(tokens[k + 2]?.lower ?? ''),
  );
}

/** Marks that set a phrase off from its neighbours: a comma, a semicolon, a dash or a bracket. */
const SETS_OFF = /^[,;—–()]$/u;

/**
 * The content lemmas of a sentence beyond the first comma, semicolon, dash or bracket either side
 * of the claim at tokens `first..last`: words of other phrases, not of the claim's own ("544
 * women who serve as store managers", "the chairmen of the three committees" stay its own).
 */
function setOffWords(tokens: Token[], first: number, last: number): Set<string> {
  const out = new Set<string>();
  let before = first - 1;
  while (before >= 0 && !SETS_OFF.test(tokens[before].text)) before--;
  for (let k = 0; k < before; k++) if (isContent(tokens[k])) out.add(tokens[k].lemma);
  let after = last + 1;
  while (after < tokens.length && !SETS_OFF.test(tokens[after].text)) after++;
  for (let k = after + 1; k < tokens.length; k++) if (isContent(tokens[k])) out.add(tokens[k].lemma);
  return out;
}

/** How far a clause reaches either side of a claim, in tokens. */
const CLAUSE = 10;

/** Token indices `first..last` the claim covers in its sentence. */
function claimTokens(s: Sentence, c: { start: number; end: number }): [number, number] {
  const first = s.tokens.findIndex((t) => t.end > c.start);
  let last = first;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].start < c.end) last++;
  return [first, last];
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

/** The facts of a source's claims, each read from the tokens of its sentence. */
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
      sentenceWords: new Set(tokens.filter((t) => isContent(t) && !inside(t)).map((t) => t.lemma)),
      setOff: setOffWords(tokens, first, last),
      names: new Set(tokens.filter((t) => t.pos === 'PROPN' && !inside(t)).map((t) => t.lemma)),
      quoted: isQuoted(quotes, claim),
      quote: new Set(
        isQuoted(quotes, claim)
          ? tokens.filter((t) => isContent(t) && isQuoted(quotes, t)).map((t) => t.lemma)
          : [],
      ),
      interval: claim.kind === 'quantity' ? intervalOf(claim) : daysOf(claim),
      after: clauseAfter(tokens, last, CLAUSE),
      whole: claim.kind === 'quantity' && partitiveWhole(tokens, first),
      part:
        claim.kind === 'quantity' &&
        (partFigure(tokens, first, last) ||
          ((claim.subtype === 'count' || claim.subtype === 'casualty') && partitivePart(tokens, first))),
      per: claim.kind === 'quantity' ? ratePeriod(tokens, last) : undefined,
      ratio: claim.kind === 'quantity' ? ratioOf(tokens, last) : undefined,
      level: claim.kind === 'quantity' ? levelSubject(tokens, first) : undefined,
      // A headline in title case capitalises every word ("Karsk Says 3 Border Guards Killed"): its
      // capitals name no owner (review of truth21b).
      proper:
        claim.kind === 'quantity' && sentence.role !== 'headline'
          ? properModifiers(tokens, first, last)
          : new Set(),
    });
  }
  return facts;
}
