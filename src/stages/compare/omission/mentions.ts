import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { type FigureInterval, sameFigure } from '../facts/interval.js';
import { once } from '../once.js';
import { type Collected, collectAll } from './mentions-collect.js';

export { acronymOf, reporting, tokenForms, writtenNumbers } from './mention-forms.js';

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

// What a whole article mentions, and its windows, do not depend on the pair it is compared in: a
// batch compares each source with many others, so they are built once per source. (The `related`
// memo inside is a cache of a pure function: sharing it across pairs changes no result.)
const collectedOf: (source: AnalyzedSource) => Collected = once(collectAll);

/** What an article mentions, built once per source. */
export const mentionsOf = (source: AnalyzedSource): Mentions => collectedOf(source).whole;

/** What each window of two consecutive sentences of a paragraph mentions (a lone last sentence alone). */
export const windowsOf = (source: AnalyzedSource): Mentions[] => collectedOf(source).windows;

/**
 * What each reporting sentence mentions alone, in the order of `windowsOf` (window i starts at
 * sentence i): development.ts asks whether a participant is in the event's own sentence.
 */
export const sentenceMentionsOf = (source: AnalyzedSource): Mentions[] => collectedOf(source).single;

/** Whether a figure is given in another form: a figure of the same kind whose values overlap its own. */
export const mentionsFigure = (m: Mentions, figure: FigureInterval): boolean =>
  m.figures.some((f) => sameFigure(f, figure));

/** Whether a figure is mentioned: the same value within 1%, or, for a percentage, its complement. */
export function mentionsNumber(m: Mentions, value: number, percent: boolean): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(0.01 * Math.abs(y), 1e-9);
  return m.numbers.some((n) => near(n, value) || (percent && near(n, 100 - value)));
}
