import type { Claim, QuantityClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import { synonymsOf } from '../../../text/similarity-synonyms.js';
import type { Rarity } from '../context.js';
import { type FigureInterval, figureInterval } from '../facts/interval.js';
import { isCapital } from './acronyms.js';
import { type Mentions, mentionsFigure, mentionsNumber } from './mentions.js';
import { type NameContext, type NameRun, nameAnchors, nameRuns } from './name-runs.js';
import { stemKey } from './stem.js';

/** Something in a sentence that can be looked for in the other article. */
export interface Anchor {
  type: 'name' | 'figure' | 'date' | 'word';
  /** What groups sentences about the same omitted thing: a name's head word, a figure's value. */
  key: string;
  range: TextRange;
  /** How much the anchor says about what the sentence reports. */
  weight: number;
  /** Whether the other article mentions it anywhere. */
  present: boolean;
  /** Of a word absent by lemma: the other article says it in other words, a synonym or a derived form (`otherForms`). */
  reworded?: boolean;
  /**
   * Of a name absent as written: the other article names the same party by another of its names
   * ("Republicans" for "GOP"; party-run.ts). It still ties and weighs the sentence, but
   * the explanation does not name it (lead.ts): not as never mentioned, nor as what only this
   * article reports, nor as said in other words.
   */
  namedOtherwise?: boolean;
  /** Of a word: the synonyms and stem it is found by in other words (`otherForms`). */
  otherForms?: string[];
  /** Of a figure: whether a part of the other article gives it rounded (`roundReach`), said in other words. */
  inOther?: (m: Mentions) => boolean;
  /** Whether a part of the other article (a window of sentences) mentions it. */
  in: (m: Mentions) => boolean;
  /** The claim it comes from (figures and dates). */
  claim?: Claim;
  /** A word's lemma and lower-cased form: a window mentions it when its lemmas hold either (`in`). */
  words?: string[];
  /** A name's head word, initials and lower-cased words: what its `in` asks of a window. */
  name?: NameTest;
}

/** What a name anchor's `in` looks for (name-runs.ts), so that windows can be found through an index. */
export interface NameTest {
  /** The word a name is mentioned by; empty for a quoted title, mentioned only by all its `lowers`. */
  head: string;
  initials: string[];
  lowers: string[];
  /** The state the whole name is ("New Mexico"), which a party-state tag also mentions (`Mentions.states`). */
  state?: string;
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);
/** Lemmas this common (idf below it) say nothing about which fact a sentence reports. */
const MIN_IDF = 4.5;

const countable = (q: QuantityClaim) =>
  q.subtype !== 'ordinal' &&
  q.subtype !== 'duration' &&
  q.precision !== 'unspecified' &&
  q.precision !== 'vague';

/** Significant digits at most this many make a figure round ("$700 billion", "1.5 million"). */
const ROUND_DIGITS = 2;
/** How far a round figure reaches: "$700 billion" for "$716 billion" (2%), not "$500,000" for "$400,000". */
const ROUND_REACH = 1.05;

/** The number of significant digits of a positive number written in digits: 700e9 → 1, 716e9 → 3. */
export function significantDigits(value: number): number {
  const digits = String(Math.round(Math.abs(value) * 1000)).replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * A round figure stated as exact is a rounded one: "He stole $700 billion from Medicare" against
 * "has cut $716 billion from Medicare" gives the same figure in another form (a refinement for the
 * quantity rules, not an omission). Only figures of 100 or more: "10" is not a rounded "10.4".
 */
function roundReach(q: QuantityClaim, interval: FigureInterval | null): FigureInterval | null {
  const v = q.value;
  if (!interval || q.precision !== 'exact' || v === undefined || v < 100) return interval;
  if (significantDigits(v) > ROUND_DIGITS) return interval;
  return {
    ...interval,
    low: Math.min(interval.low, v / ROUND_REACH),
    high: Math.max(interval.high, v * ROUND_REACH),
  };
}

/**
 * "one of the top advisers", "one of these bombs": the numeral picks a member of a set (a
 * partitive, Quirk et al. 1985 §5.24); it counts nothing the other article could give or lack.
 * Judged samples of 0.11.0 (issue 10): leads named it ("never mentions 'one'") and it tied
 * sentences of different developments into one omission (group.ts keys figures by value).
 * Read here, not in extraction: there the claim also counts for the other article's mentions, and
 * dropping it changed which omissions were shown (tidy13).
 */
const partitiveOne = (q: QuantityClaim, tokens: Token[]): boolean =>
  q.value === 1 && /^one$/i.test(q.text) && tokens.find((t) => t.start >= q.end)?.lower === 'of';

/**
 * Figures: present when the value, a figure of the same counted noun, or the same figure in another
 * form ("$43 million" for "more than $40 million") is anywhere in the other article.
 */
function figureAnchor(q: QuantityClaim, tokens: Token[], m: Mentions, matched: boolean): Anchor | null {
  const value = q.value ?? q.min ?? q.max;
  if (!countable(q) || value === undefined || partitiveOne(q, tokens)) return null;
  const interval = figureInterval(q);
  const reach = roundReach(q, interval);
  const test = (x: Mentions) =>
    mentionsNumber(x, value, q.subtype === 'percent') ||
    x.counted.has(`${q.subtype}:${q.noun}`) ||
    (interval !== null && mentionsFigure(x, interval));
  // A rounded figure is the same figure only beside the rest of the sentence (best-window.ts
  // `saidNear`): any sum of money within 5% is not ("$2 billion" for bridges, a "$2.09 billion"
  // budget; review of omit9, item 3).
  const rounded = (x: Mentions) => reach !== interval && reach !== null && mentionsFigure(x, reach);
  const present = matched || test(m);
  return {
    type: 'figure',
    key: `figure:${value}`,
    range: q,
    weight: value > 10 || q.subtype === 'money' || q.subtype === 'percent' ? 3 : 1.5,
    present,
    reworded: !present && rounded(m),
    inOther: rounded,
    in: test,
    claim: q,
  };
}

/** The test of a word anchor: a part of the other article mentions one of `forms` (its lemma, its lower-cased form). */
const mentionsWord =
  (forms: string[]) =>
  (x: Mentions): boolean => {
    // A loop, not `forms.some`: asked of every word anchor in every pair, each closure was garbage (speed22).
    for (const f of forms) if (x.lemmas.has(f)) return true;
    return false;
  };

/**
 * The other words a word anchor may be said in: the lemmas that share a WordNet synset with it in
 * common senses (the synonym data the agreement rules read: "homosexual" / "gay"), and its stem
 * (stem.ts, derivation: "national" / "nation"). Not hypernyms or hyponyms: a word's kind
 * ("act" for "veto") says less than the word. They do not make the word present, which would change
 * which sentences are omissions (branch omit6 did that: truth did not improve); they lower the
 * confidence that the other article lacks it (draft.ts), so that an omission the other article
 * reports in other words falls below what a reader is shown.
 */
export function otherForms(t: Token): string[] {
  // Found anew, not kept per token: a source's word anchors ask once (`ownWordSpecs` keeps them),
  // so 38,084 of 40,623 asks on the 200 dev pairs' first round missed a per-token WeakMap that
  // then held an entry per word (speed31). Without a stem the list is the synonym data's own, as
  // the cached list was shared before: read it, do not change it.
  const synonyms = synonymsOf(t.pos, t.lemma);
  const stem = stemKey(t.pos, t.lower);
  return stem ? [...synonyms, stem] : synonyms;
}

/** What `anchorsOf` reads of a sentence whatever the other article: its name runs and candidate words. */
interface Prepared {
  claims: Claim[];
  names: NameRun[];
  /** Content words outside dates and figures, not capitalised, in sentence order. */
  words: Token[];
}

// A sentence's runs and words depend on it and its claims alone, and each pair of its source asks
// again (issue 13); the claims are checked, so a sentence given other claims is read anew.
const preparedCache = new WeakMap<Sentence, Prepared>();

const sameClaims = (x: Claim[], y: Claim[]) => x.length === y.length && x.every((c, i) => c === y[i]);

function prepared(sentence: Sentence, text: string, claims: Claim[]): Prepared {
  const cached = preparedCache.get(sentence);
  if (cached && sameClaims(cached.claims, claims)) return cached;
  const dates = claims.filter((c) => c.kind === 'date');
  const inDate = (t: Token) => dates.some((d) => d.start <= t.start && t.end <= d.end);
  const inClaim = (t: Token) =>
    claims.some((c) => c.kind === 'quantity' && c.start <= t.start && t.end <= c.end);
  const names = nameRuns(sentence, text, inDate);
  // A word in lower case inside a name ("rim" of "Han Da-rim") is named with it, not apart.
  const inName = (t: Token) => names.some(({ run }) => run.includes(t));
  const words = sentence.tokens
    .filter((t) => !inName(t))
    .map(bare)
    .filter((t) => CONTENT.has(t.pos) && t.lemma.length >= 3 && !inDate(t) && !inClaim(t) && !isCapital(t));
  const result = { claims: [...claims], names, words };
  preparedCache.set(sentence, result);
  return result;
}

/**
 * A word without the punctuation the tokenizer left on it ("staying in." gives "in."): the word
 * an explanation quotes and the other article is searched for (issue 10, user trial 12).
 */
function bare(t: Token): Token {
  const word = t.text.replace(/[^\p{L}\p{N}]+$/u, '');
  // An abbreviation keeps its stops ("p.m.", "U.S."): they are part of how it is written.
  if (word === t.text || word === '' || word.includes('.')) return t;
  const lower = word.toLowerCase();
  return {
    ...t,
    text: word,
    lower,
    lemma: t.lemma.startsWith(lower) ? lower : t.lemma,
    end: t.start + word.length,
  };
}

/** Dates of a day or a month: present when the other article mentions a date that overlaps it. */
function dateAnchor(c: Claim, m: Mentions, matched: boolean): Anchor | null {
  if (c.kind !== 'date' || c.reference !== 'absolute' || !c.interval) return null;
  if (c.precision !== 'day' && c.precision !== 'month') return null;
  const { start, end } = c.interval;
  const test = (x: Mentions) => x.dates.some(([s, e]) => s <= end && start <= e);
  const present = matched || test(m);
  return { type: 'date', key: `date:${start}`, range: c, weight: 1.5, present, in: test, claim: c };
}

/** A word anchor as far as it does not depend on the other article: all but `present` and `reworded`. */
type WordSpec = Omit<Anchor, 'type' | 'present' | 'reworded'> & { otherForms: string[] };

/** Rare content words, each once: a word said twice ("open wide — very, very wide") is one thing the other article may lack, not two. */
function wordSpecs(words: Token[], text: string, rarity: Rarity): WordSpec[] {
  const seen = new Set<string>();
  const specs: WordSpec[] = [];
  for (const t of words) {
    const w = rarity(t.lemma);
    if (w < MIN_IDF || seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    specs.push({
      key: `word:${t.lemma}`,
      range: { start: t.start, end: t.end, text: text.slice(t.start, t.end) },
      weight: Math.min(2.5, w / 4),
      otherForms: otherForms(t),
      in: mentionsWord([t.lemma, t.lower]),
      words: [t.lemma, t.lower],
    });
  }
  return specs;
}

// A sentence's own words (`prepared`) give the same specs in every pair of its source, for one
// rarity (the pipeline passes one function for its idf table): built once (issue 13). Shared:
// the anchors made from them are new each pair, their parts read-only.
const specsCache = new WeakMap<Token[], { rarity: Rarity; specs: WordSpec[] }>();

function ownWordSpecs(words: Token[], text: string, rarity: Rarity): WordSpec[] {
  const cached = specsCache.get(words);
  if (cached && cached.rarity === rarity) return cached.specs;
  const specs = wordSpecs(words, text, rarity);
  specsCache.set(words, { rarity, specs });
  return specs;
}

/** The word anchors of `specs` in one pair: whether the other article mentions each, or says it in other words. */
function wordAnchors(specs: WordSpec[], m: Mentions): Anchor[] {
  return specs.map((spec) => {
    const present = spec.in(m);
    return {
      type: 'word',
      key: spec.key,
      range: spec.range,
      weight: spec.weight,
      present,
      reworded: !present && spec.otherForms.some((f) => m.lemmas.has(f)),
      otherForms: spec.otherForms,
      in: spec.in,
      words: spec.words,
    };
  });
}

/** The anchors of one sentence, each looked for in the whole other article: names, then figures and dates, then words. */
export function anchorsOf(
  sentence: Sentence,
  text: string,
  claims: Claim[],
  m: Mentions,
  matched: Set<string>,
  names: Pick<NameContext, 'isOutlet' | 'midCapitals' | 'lowered' | 'rarity' | 'given' | 'runStarts'>,
): Anchor[] {
  const own = prepared(sentence, text, claims);
  // A title-case headline's run is a name only if the articles' sentences capitalise its head
  // too; else its words are common words, looked for as words (user trial 12).
  const styled = (r: NameRun) => r.titleCase && !names.midCapitals.has(r.head.text);
  const anchors: Anchor[] = [
    ...nameAnchors(
      own.names.filter((r) => !styled(r)),
      { text, m, ...names },
    ),
  ];
  const demoted = own.names
    .filter(styled)
    .flatMap((r) => r.run.filter((t) => t.lemma.length >= 3 && t.text !== '-'));
  for (const c of claims) {
    const anchor =
      c.kind === 'quantity'
        ? figureAnchor(c, sentence.tokens, m, matched.has(c.id))
        : dateAnchor(c, m, matched.has(c.id));
    if (anchor) anchors.push(anchor);
  }
  const specs =
    demoted.length === 0
      ? ownWordSpecs(own.words, text, names.rarity)
      : wordSpecs(
          [...own.words, ...demoted].sort((x, y) => x.start - y.start),
          text,
          names.rarity,
        );
  anchors.push(...wordAnchors(specs, m));
  return anchors;
}
