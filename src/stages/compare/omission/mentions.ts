import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Claim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { type FigureInterval, figureInterval, sameFigure } from '../facts/interval.js';
import { initialsOf, invertedInitials, isCapital, isConnector, joinsName, lettersOf } from './acronyms.js';
import { partiesNamed } from './party-run.js';
import { placedStateNames } from './placed-states.js';
import { stemKey } from './stem.js';

/**
 * What an article mentions anywhere, for checking an omission against the WHOLE other article
 * (issue 10): names by any capitalised word (so a surname finds "Sen. Kay Bailey Hutchison"),
 * acronyms and the initials of multi-word names, figures by value, dates by day, and lemmas.
 */
export interface Mentions {
  /** Capitalised words as written, and their lower-cased lemmas. */
  capitals: Set<string>;
  acronyms: Set<string>;
  lemmas: Set<string>;
  /** Every figure: quantity claim bounds and numbers written in digits, scaled. */
  numbers: number[];
  /** Resolved date intervals as [start, end] ISO strings. */
  dates: [string, string][];
  /**
   * `subtype:noun` of counts and casualty figures: a figure of the same thing is a counterpart
   * (for the quantity rules to match, refine or contrast), not an omission.
   */
  counted: Set<string>;
  /** Subtypes of the figures it gives: money, percent, count… */
  subtypes: Set<string>;
  /** The values each of its figures can mean (facts/interval.ts): "more than $700 billion" up to $1,050 billion. */
  figures: FigureInterval[];
  /** The parties it names, in any of their names (party-run.ts `partiesNamed`). */
  parties: Set<string>;
  /**
   * The states it names by a party-state tag ("R-N.M." names "New Mexico"), each as one name
   * (placed-states.ts): matched by a name that is the state, never by a part of it ("Mexico").
   */
  states: Set<string>;
  /** Memo of the related-name search (name-mentioned.ts), per word looked up. */
  related: Map<string, boolean>;
}

/** Sentences that carry reporting: the headline, body and captions (a caption can report a fact too). */
export const reporting = (s: Sentence): boolean => s.role !== 'boilerplate';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const DIGITS = /^\$?\d[\d,]*(?:\.\d+)?$/;

/** Numbers written with digits in a token list, times a following scale word ("2.5 billion"). */
export function writtenNumbers(tokens: Token[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (!DIGITS.test(t.text)) return;
    const value = Number(t.text.replace(/[$,]/g, ''));
    if (Number.isFinite(value)) found.push(value * (SCALE[tokens[i + 1]?.lower ?? ''] ?? 1));
  });
  return found;
}

/** Letters of an acronym without dots: "F.B.I." → "FBI". */
export const acronymOf = (text: string): string => (text.includes('.') ? text.replace(/\./g, '') : text);

// What a whole article mentions, and its windows, do not depend on the pair it is compared in: a
// batch compares each source with many others, so they are built once per source. (The `related`
// memo inside is a cache of a pure function: sharing it across pairs changes no result.)
const whole = new WeakMap<AnalyzedSource, Mentions>();
const windowed = new WeakMap<AnalyzedSource, Mentions[]>();
const sentenceWise = new WeakMap<AnalyzedSource, Mentions[]>();

/** Builds what an article mentions, once per source. */
export function mentionsOf(source: AnalyzedSource): Mentions {
  let m = whole.get(source);
  if (!m) {
    m = collect(source);
    whole.set(source, m);
  }
  return m;
}

/**
 * The forms a token mentions a word by: its lemma and form; its stem, marked apart from words (a
 * derived form of a word is a mention of it, stem.ts); the parts of a hyphenated word ("wide-eyed"
 * mentions "wide"); and the letters of an acronym written with stops ("f.h.a." mentions "fha").
 */
export function tokenForms(t: Token): string[] {
  const stem = stemKey(t.pos, t.lower);
  const parts = t.lower.includes('-') ? t.lower.split('-') : [];
  const letters = lettersOf(t);
  return [t.lemma, t.lower, ...(stem ? [stem] : []), ...parts, ...(letters === t.lower ? [] : [letters])];
}

function collect(source: AnalyzedSource): Mentions {
  const m: Mentions = {
    capitals: new Set(),
    acronyms: new Set(),
    lemmas: new Set(),
    numbers: [],
    dates: [],
    counted: new Set(),
    subtypes: new Set(),
    figures: [],
    related: new Map(),
    parties: new Set(),
    states: new Set(),
  };
  for (const sentence of source.sentences.filter(reporting)) {
    let run: Token[] = [];
    const closeRun = () => {
      if (run.length === 0) return;
      for (const initials of initialsOf(run)) m.acronyms.add(initials);
      run = [];
    };
    sentence.tokens.forEach((t, i) => {
      for (const form of tokenForms(t)) m.lemmas.add(form);
      addCompound(m, t, sentence.tokens[i + 1]);
      if (isCapital(t)) {
        m.capitals.add(t.text);
        m.acronyms.add(acronymOf(t.text));
        for (const initials of invertedInitials(sentence.tokens, i)) m.acronyms.add(initials);
        if (t.pos === 'PROPN') run.push(t);
        else closeRun();
      } else if (run.length > 0 && (isConnector(t) || joinsName(run, t))) run.push(t);
      else closeRun();
    });
    closeRun();
    for (const party of partiesNamed(sentence)) m.parties.add(party);
    for (const state of placedStateNames(sentence)) m.states.add(state);
    m.numbers.push(...writtenNumbers(sentence.tokens));
  }
  for (const claim of source.claims) addClaim(m, claim);
  return m;
}

/** Words a particle follows in a phrasal verb ("shut down", "set up"). */
const PARTICLE_TAGS = new Set(['ADP', 'ADV', 'PART']);

/**
 * A phrasal verb mentions the noun compounded from it: "shut down" the "shutdown", "set up" the
 * "setup" (Quirk et al. 1985, App. I.44: nouns from phrasal verbs), so a headline's "Shutdown"
 * is found in "would shut down the plant" (issue 10, user trial 12).
 */
function addCompound(m: Mentions, verb: Token, particle: Token | undefined): void {
  if (
    verb.pos !== 'VERB' ||
    !particle ||
    !PARTICLE_TAGS.has(particle.pos) ||
    !/^\p{Ll}+$/u.test(particle.text)
  )
    return;
  m.lemmas.add(verb.lemma + particle.lower);
  m.lemmas.add(verb.lower + particle.lower);
}

/** What two parts of an article mention together. */
function merged(x: Mentions, y: Mentions): Mentions {
  // p's members, then q's new ones, as `new Set([...p, ...q])` without the two arrays (issue 13).
  const union = <T>(p: Set<T>, q: Set<T>) => {
    const out = new Set(p);
    for (const v of q) out.add(v);
    return out;
  };
  return {
    capitals: union(x.capitals, y.capitals),
    acronyms: union(x.acronyms, y.acronyms),
    lemmas: union(x.lemmas, y.lemmas),
    numbers: [...x.numbers, ...y.numbers],
    dates: [...x.dates, ...y.dates],
    counted: union(x.counted, y.counted),
    subtypes: union(x.subtypes, y.subtypes),
    figures: [...x.figures, ...y.figures],
    related: new Map(),
    parties: union(x.parties, y.parties),
    states: union(x.states, y.states),
  };
}

/** What each window of two consecutive sentences of a paragraph mentions (a lone last sentence alone). */
export function windowsOf(source: AnalyzedSource): Mentions[] {
  let windows = windowed.get(source);
  if (!windows) {
    windows = collectWindows(source);
    windowed.set(source, windows);
  }
  return windows;
}

/**
 * What each reporting sentence mentions alone, in the order of `windowsOf` (window i starts at
 * sentence i): development.ts asks whether a participant is in the event's own sentence.
 */
export function sentenceMentionsOf(source: AnalyzedSource): Mentions[] {
  windowsOf(source);
  return sentenceWise.get(source) ?? [];
}

function collectWindows(source: AnalyzedSource): Mentions[] {
  const sentences = source.sentences.filter(reporting);
  const claims = new Map<string, Claim[]>();
  for (const c of source.claims) claims.set(c.sentence, [...(claims.get(c.sentence) ?? []), c]);
  const single = sentences.map((s) => collect({ ...source, sentences: [s], claims: claims.get(s.id) ?? [] }));
  sentenceWise.set(source, single);
  return sentences.map((s, i) => {
    const next = sentences[i + 1];
    return next && next.paragraph === s.paragraph ? merged(single[i], single[i + 1]) : single[i];
  });
}
function addClaim(m: Mentions, claim: Claim): void {
  if (claim.kind === 'quantity') {
    for (const v of [claim.value, claim.min, claim.max])
      if (v !== undefined && Number.isFinite(v)) m.numbers.push(v);
    m.subtypes.add(claim.subtype);
    const interval = figureInterval(claim);
    if (interval) m.figures.push(interval);
    if (claim.noun && (claim.subtype === 'count' || claim.subtype === 'casualty'))
      m.counted.add(`${claim.subtype}:${claim.noun}`);
  }
  if (claim.kind === 'date' && claim.interval) m.dates.push([claim.interval.start, claim.interval.end]);
}

/** Whether a figure is given in another form: a figure of the same kind whose values overlap its own. */
export const mentionsFigure = (m: Mentions, figure: FigureInterval): boolean =>
  m.figures.some((f) => sameFigure(f, figure));

/** Whether a figure is mentioned: the same value within 1%, or, for a percentage, its complement. */
export function mentionsNumber(m: Mentions, value: number, percent: boolean): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(0.01 * Math.abs(y), 1e-9);
  return m.numbers.some((n) => near(n, value) || (percent && near(n, 100 - value)));
}
