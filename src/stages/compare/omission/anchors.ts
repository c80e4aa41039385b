import type { Claim, QuantityClaim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import type { Rarity } from '../context.js';
import { initialsOf, isCapital, isConnector, joinsName } from './acronyms.js';
import { type Mentions, mentionsName, mentionsNumber } from './mentions.js';
import { isAffiliation, isDateline, pluralNoun } from './not-names.js';
import { windowsWith } from './window-hits.js';

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
  /** Whether a part of the other article (a window of sentences) mentions it. */
  in: (m: Mentions) => boolean;
  /** The claim it comes from (figures and dates). */
  claim?: Claim;
  /** A word's lemma and lower-cased form: a window mentions it when its lemmas hold either (`in`). */
  words?: string[];
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);
/** Lemmas this common (idf below it) say nothing about which fact a sentence reports. */
const MIN_IDF = 4.5;
/** A one-word name this common (idf below it) is a capitalised common word, not a particular name. */
const NAME_IDF = 6.5;
/** …and one opening a sentence must be rarer still ("Cummings also notes", not "Various reports"). */
const OPENING_NAME_IDF = 8;
const range = (tokens: Token[], text: string): TextRange => {
  const [start, end] = [tokens[0].start, tokens[tokens.length - 1].end];
  return { start, end, text: text.slice(start, end) };
};

/** A name's head: its last word that is not an abbreviation ("Jr.", "Sen."), else its last word. */
function headOf(run: Token[]): Token {
  return [...run].reverse().find((t) => t.text.length >= 3 && !t.text.endsWith('.')) ?? run[run.length - 1];
}

/** What the name rule needs besides the sentence. */
interface NameContext {
  text: string;
  m: Mentions;
  /** Whether a name (run, head word) is one of the outlets: naming itself or its rival ("told Fox News") reports no fact. */
  isOutlet: (run: string, head: string) => boolean;
  /** Capitalised words either article writes inside a sentence, not at its opening. */
  midCapitals: Set<string>;
  /** Words either article writes in lower case somewhere. */
  lowered: Set<string>;
  rarity: Rarity;
}

/** A run without the hyphen it may end on ("R-" before a state the tagger did not call a name). */
const trimmed = (run: Token[]): Token[] => (run[run.length - 1].text === '-' ? run.slice(0, -1) : run);

/** A run of name words with what the name rule reads of it that does not depend on the other article. */
interface NameRun {
  run: Token[];
  head: Token;
  /** A lone word opening its sentence ("Various reports"). */
  opening: boolean;
  initials: string[];
}

/** Runs of capitalised proper nouns outside dates: people, organisations, places. */
function nameRuns(sentence: Sentence, text: string, inDate: (t: Token) => boolean): NameRun[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of sentence.tokens) {
    if (t.pos === 'PROPN' && isCapital(t) && !inDate(t)) run.push(t);
    else if (joinsName(run, t)) run.push(t);
    else if (run.length > 0) {
      runs.push(trimmed(run));
      run = [];
    }
  }
  if (run.length > 0) runs.push(trimmed(run));
  const opening = sentence.tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const joined = joinedInitials(sentence.tokens, runs);
  return runs.flatMap((r, k): NameRun[] => {
    const head = headOf(r);
    if (head.text.length < 2 || head.text.endsWith('.') || isDateline(r, sentence)) return [];
    if (isAffiliation(r, sentence, text)) return [];
    const first = r.length === 1 && sentence.tokens.indexOf(r[0]) === opening;
    return [{ run: r, head, opening: first, initials: [...initialsOf(r), ...joined[k]] }];
  });
}

/**
 * The initials of two name runs that only small words part ("Federal Bureau" of "Investigation":
 * FBI), given to both runs: each part is an anchor of its own, but the other article may name
 * the whole by its acronym.
 */
function joinedInitials(tokens: Token[], runs: Token[][]): string[][] {
  const out = runs.map((): string[] => []);
  for (let k = 0; k + 1 < runs.length; k++) {
    const [end, start] = [tokens.indexOf(runs[k][runs[k].length - 1]), tokens.indexOf(runs[k + 1][0])];
    const between = tokens.slice(end + 1, start);
    if (between.length === 0 || between.length > 2 || !between.every(isConnector)) continue;
    // Three letters at least: two-letter initials of a joined run ("Moscow" and "Democrats": MD) meet by chance.
    const whole = initialsOf(tokens.slice(tokens.indexOf(runs[k][0]), start + runs[k + 1].length)).filter(
      (x) => x.length >= 3,
    );
    out[k].push(...whole);
    out[k + 1].push(...whole);
  }
  return out;
}

/** The name anchors of a sentence's runs: those the other article, the outlets and the rarity table leave. */
function nameAnchors(runs: NameRun[], ctx: NameContext): Anchor[] {
  return runs.flatMap(({ run: r, head, opening, initials }): Anchor[] => {
    if (ctx.isOutlet(range(r, ctx.text).text, head.text)) return [];
    // A lone common word opening a sentence ("Various reports", "Portions of") is capitalised
    // for its place, not because it names someone.
    if (opening && (ctx.rarity(head.lower) < OPENING_NAME_IDF || pluralNoun(head, ctx.midCapitals)))
      return [];
    // A lone capitalised common word ("Department", "Republican", "Vice") names no one in particular.
    // So does one that either article also writes in lower case ("Defendants" opening a sentence).
    if (r.length === 1 && (ctx.rarity(head.lower) < NAME_IDF || ctx.lowered.has(head.lower))) return [];
    // "Tea Partiers" is mentioned by "tea partiers": every word of the name, in lower case.
    const test = (m: Mentions) =>
      mentionsName(m, head.text) ||
      initials.some((x) => m.acronyms.has(x)) ||
      r.every((t) => m.lemmas.has(t.lower));
    const anchor = {
      key: `name:${head.text}`,
      range: range(r, ctx.text),
      weight: 3,
      present: test(ctx.m),
      in: test,
    };
    return [{ type: 'name', ...anchor }];
  });
}

const countable = (q: QuantityClaim) =>
  q.subtype !== 'ordinal' &&
  q.subtype !== 'duration' &&
  q.precision !== 'unspecified' &&
  q.precision !== 'vague';

/** Figures: present when the value, or a figure of the same counted noun, is anywhere in the other article. */
function figureAnchor(q: QuantityClaim, m: Mentions, matched: boolean): Anchor | null {
  const value = q.value ?? q.min ?? q.max;
  if (!countable(q) || value === undefined) return null;
  const test = (x: Mentions) =>
    mentionsNumber(x, value, q.subtype === 'percent') || x.counted.has(`${q.subtype}:${q.noun}`);
  const present = matched || test(m);
  return {
    type: 'figure',
    key: `figure:${value}`,
    range: q,
    weight: value > 10 || q.subtype === 'money' || q.subtype === 'percent' ? 3 : 1.5,
    present,
    in: test,
    claim: q,
  };
}

/** The test of a word anchor: a part of the other article mentions the word's lemma or its lower-cased form. */
const mentionsWord =
  (t: Token) =>
  (x: Mentions): boolean =>
    x.lemmas.has(t.lemma) || x.lemmas.has(t.lower);

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
  const words = sentence.tokens.filter(
    (t) => CONTENT.has(t.pos) && t.lemma.length >= 3 && !inDate(t) && !inClaim(t) && !isCapital(t),
  );
  const result = { claims: [...claims], names: nameRuns(sentence, text, inDate), words };
  preparedCache.set(sentence, result);
  return result;
}

/** The anchors of one sentence, each looked for in the whole other article. */
export function anchorsOf(
  sentence: Sentence,
  text: string,
  claims: Claim[],
  m: Mentions,
  matched: Set<string>,
  names: Pick<NameContext, 'isOutlet' | 'midCapitals' | 'lowered' | 'rarity'>,
): Anchor[] {
  const own = prepared(sentence, text, claims);
  const anchors: Anchor[] = [...nameAnchors(own.names, { text, m, ...names })];
  for (const c of claims) {
    if (c.kind === 'quantity') {
      const figure = figureAnchor(c, m, matched.has(c.id));
      if (figure) anchors.push(figure);
    } else if (
      c.kind === 'date' &&
      c.reference === 'absolute' &&
      c.interval &&
      (c.precision === 'day' || c.precision === 'month')
    ) {
      const { start, end } = c.interval;
      const test = (x: Mentions) => x.dates.some(([s, e]) => s <= end && start <= e);
      const present = matched.has(c.id) || test(m);
      anchors.push({
        type: 'date',
        key: `date:${start}`,
        range: c,
        weight: 1.5,
        present,
        in: test,
        claim: c,
      });
    }
  }
  // A word said twice ("open wide — very, very wide") is one thing the other article may lack, not two.
  const seen = new Set<string>();
  for (const t of own.words) {
    const w = names.rarity(t.lemma);
    if (w < MIN_IDF || seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    const test = mentionsWord(t);
    const present = test(m);
    anchors.push({
      type: 'word',
      key: `word:${t.lemma}`,
      range: range([t], text),
      weight: Math.min(2.5, w / 4),
      present,
      in: test,
      words: [t.lemma, t.lower],
    });
  }
  return anchors;
}

/**
 * The window of the other article that mentions most of a sentence's anchors together, and the
 * share of the anchor weight it leaves out: a paraphrase sits in one or two sentences there,
 * while the words of a new fact are at most scattered.
 */
export function bestWindow(anchors: Anchor[], windows: Mentions[]): { window?: Mentions; local: number } {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  if (total === 0) return { local: 0 };
  // A window is part of the other article, so what it mentions the whole article mentions: an
  // anchor absent there is absent from every window and is not looked for (speed; same result).
  // Once a window holds every anchor present, no later one can beat it (ties keep the first).
  const present = anchors.filter((a) => a.present);
  const most = present.reduce((n, a) => n + a.weight, 0);
  // Each window's weight is summed in anchor order, as a filter over the anchors would.
  const covered = windows.map(() => 0);
  for (const a of present) for (const i of windowsWith(a, windows)) covered[i] += a.weight;
  let best = 0;
  let window: Mentions | undefined;
  for (let i = 0; i < windows.length; i++) {
    if (best >= most) break;
    if (covered[i] > best) [best, window] = [covered[i], windows[i]];
  }
  return { window, local: 1 - best / total };
}

/** The share of a sentence's anchor weight that the other article never mentions. */
export function novelty(anchors: Anchor[]): number {
  const total = anchors.reduce((n, a) => n + a.weight, 0);
  return total === 0 ? 0 : anchors.filter((a) => !a.present).reduce((n, a) => n + a.weight, 0) / total;
}
