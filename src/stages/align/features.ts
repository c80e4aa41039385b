import { datesAgree } from './dates.js';
import type { SentenceProfile } from './profile.js';

/** The signals fed to the model, in the order of its weights. Each is in 0..1. */
export const FEATURES = [
  'lemmaIdf', // idf-weighted content-lemma overlap: weighted Dice of the two content sets
  'lemmaIdfMin', // the same overlap as a share of the side that has more content of its own
  'lemmaAll', // Jaccard of all lemmas, function words included
  'bigram', // Dice of lemma bigrams: shared phrasing and word order
  'dice', // Dice of character bigrams (string-similarity's measure), robust to inflection
  'actors', // Jaccard of proper-noun lemmas
  'actorsMissing', // share of names found on one side only (0 when neither names anyone)
  'numbers', // Jaccard of normalised numbers (five = 5)
  'numbersMissing', // share of numbers found on one side only
  'dates', // share of dates that agree once resolved (Thursday = May 10)
  'datesMissing', // share of dates found on one side only
  'length', // shorter word count over the longer
  'negation', // 1 when one side negates and the other does not
] as const;

/** One signal's name. */
export type FeatureName = (typeof FEATURES)[number];

/** The signals of a pair, and what they rest on (shown in reasons). */
export interface PairEvidence {
  signals: Record<FeatureName, number>;
  /** Shared content lemmas, rarest first. */
  shared: string[];
  actors: string[];
  numbers: string[];
  dates: string[];
}

function intersect<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): T[] {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].filter((v) => large.has(v));
}

function jaccard(shared: number, x: number, y: number): number {
  const union = x + y - shared;
  return union === 0 ? 0 : shared / union;
}

/** Dice over two bag-of-bigram counts. */
function diceOf(x: Map<string, number>, y: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [gram, n] of y) {
    total += n;
    shared += Math.min(n, x.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dates of x that agree with some date of y, matched both ways. */
function agreeingDates(x: ReadonlySet<string>, y: ReadonlySet<string>): string[] {
  return [...x].filter((d) => [...y].some((e) => datesAgree(d, e)));
}

/** Computes the signals of a pair of profiles. Symmetric: swapping x and y gives the same values. */
export function pairFeatures(x: SentenceProfile, y: SentenceProfile): PairEvidence {
  const shared = [...x.content.keys()].filter((l) => y.content.has(l));
  shared.sort((p, q) => (x.content.get(q) ?? 0) - (x.content.get(p) ?? 0) || (p < q ? -1 : 1));
  const mass = shared.reduce((sum, l) => sum + (x.content.get(l) ?? 0), 0);
  const lemmas = intersect(x.lemmas, y.lemmas).length;
  const bigrams = intersect(x.bigrams, y.bigrams).length;
  const actors = intersect(x.actors, y.actors).sort();
  const numbers = intersect(x.numbers, y.numbers).sort();
  const datesX = agreeingDates(x.dates, y.dates);
  const datesY = agreeingDates(y.dates, x.dates);
  const dateUnion = x.dates.size + y.dates.size;
  const dateShare = dateUnion === 0 ? 0 : (datesX.length + datesY.length) / dateUnion;
  const actorShare = jaccard(actors.length, x.actors.size, y.actors.size);
  const numberShare = jaccard(numbers.length, x.numbers.size, y.numbers.size);
  const signals: Record<FeatureName, number> = {
    lemmaIdf: x.mass + y.mass === 0 ? 0 : (2 * mass) / (x.mass + y.mass),
    lemmaIdfMin: Math.max(x.mass, y.mass) === 0 ? 0 : mass / Math.max(x.mass, y.mass),
    lemmaAll: jaccard(lemmas, x.lemmas.size, y.lemmas.size),
    bigram: x.bigrams.size + y.bigrams.size === 0 ? 0 : (2 * bigrams) / (x.bigrams.size + y.bigrams.size),
    dice: diceOf(x.chars, y.chars),
    actors: actorShare,
    actorsMissing: x.actors.size + y.actors.size === 0 ? 0 : 1 - actorShare,
    numbers: numberShare,
    numbersMissing: x.numbers.size + y.numbers.size === 0 ? 0 : 1 - numberShare,
    dates: dateShare,
    datesMissing: dateUnion === 0 ? 0 : 1 - dateShare,
    length: Math.max(x.words, y.words) === 0 ? 0 : Math.min(x.words, y.words) / Math.max(x.words, y.words),
    negation: x.negated === y.negated ? 0 : 1,
  };
  return { signals, shared, actors, numbers, dates: datesX.sort() };
}
