import { sharedCount } from './bags.js';
import { datesAgree } from './dates.js';
import type { IdfTable } from './idf.js';
import { lcsLength } from './lcs.js';
import type { SentenceProfile } from './profile.js';

/** The signals fed to the model, in the order of its weights. Each is in 0..1. */
export const FEATURES = [
  'lemmaIdf', // idf-weighted content-lemma overlap: weighted Dice of the two content sets
  'lemmaIdfMin', // the same overlap as a share of the side that has more content of its own
  'ngram1Min', // BLEU-style clipped unigram precision, the lower of the two directions (Madnani et al. 2012)
  'ngram1Max', // the same, the higher direction
  'ngram2Min', // clipped bigram precision, lower direction
  'ngram3Min', // clipped trigram precision, lower direction
  'ngram3Max', // clipped trigram precision, higher direction
  'ngram4Min', // clipped 4-gram precision, lower direction
  'lcs', // longest common lemma subsequence over the shorter sentence (ROUGE-L)
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
  /** Shared content lemmas, in x's order (see `rarestFirst`). */
  shared: string[];
  actors: string[];
  numbers: string[];
  dates: string[];
}

/** Shared lemmas ordered rarest first (ties by spelling), for reasons. */
export function rarestFirst(evidence: PairEvidence, idf: IdfTable): string[] {
  const weight = (lemma: string) => idf.weights.get(lemma) ?? idf.unknown;
  return [...evidence.shared].sort((p, q) => weight(q) - weight(p) || (p < q ? -1 : 1));
}

// The helpers below run for every candidate pair (tens a pair of articles): they loop instead of
// spreading, so that a pair allocates only what its evidence keeps (issue 13: short-lived arrays
// drive the scavenges).

/** The values of the smaller set that the other holds, in the smaller set's order. */
function intersect<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): T[] {
  const out: T[] = [];
  if (x.size === 0 || y.size === 0) return out;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const v of small) if (large.has(v)) out.push(v);
  return out;
}

/** Sorts a list of strings by code unit (`sort()`), skipping the call when there is nothing to order. */
const sorted = (xs: string[]): string[] => (xs.length > 1 ? xs.sort() : xs);

function jaccard(shared: number, x: number, y: number): number {
  const union = x + y - shared;
  return union === 0 ? 0 : shared / union;
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Dates of x that agree with some date of y, matched both ways. */
function agreeingDates(x: ReadonlySet<string>, y: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (x.size === 0 || y.size === 0) return out;
  for (const d of x) {
    for (const e of y) {
      if (!datesAgree(d, e)) continue;
      out.push(d);
      break;
    }
  }
  return out;
}

/** The clipped matches of the n-grams of order `n` + 1: the same both ways. */
const hitsOf = (x: SentenceProfile, y: SentenceProfile, n: number): number =>
  sharedCount(x.grams[n], y.grams[n]);

/** Clipped n-gram precision of order `n` + 1 from its `hits`: the lower or the higher direction. */
function precision(hits: number, x: SentenceProfile, y: SentenceProfile, n: number, higher: boolean): number {
  const px = share(hits, x.grams[n].length);
  const py = share(hits, y.grams[n].length);
  return px < py === higher ? py : px;
}

/** Computes the signals of a pair of profiles. Symmetric: swapping x and y gives the same values. */
export function pairFeatures(x: SentenceProfile, y: SentenceProfile): PairEvidence {
  const shared: string[] = [];
  let mass = 0;
  for (let k = 0; k < x.lemmas.length; k++) {
    if (!y.content.has(x.lemmas[k])) continue;
    shared.push(x.lemmas[k]);
    mass += x.weights[k];
  }
  const actors = sorted(intersect(x.actors, y.actors));
  const numbers = sorted(intersect(x.numbers, y.numbers));
  const datesX = agreeingDates(x.dates, y.dates);
  const datesY = agreeingDates(y.dates, x.dates);
  const dateUnion = x.dates.size + y.dates.size;
  const dateShare = dateUnion === 0 ? 0 : (datesX.length + datesY.length) / dateUnion;
  const actorShare = jaccard(actors.length, x.actors.size, y.actors.size);
  const numberShare = jaccard(numbers.length, x.numbers.size, y.numbers.size);
  // Clipped matches are the same both ways; only the denominators differ (BLEU's precision).
  const h1 = hitsOf(x, y, 0);
  const h2 = hitsOf(x, y, 1);
  const h3 = hitsOf(x, y, 2);
  const h4 = hitsOf(x, y, 3);
  const shorter = Math.min(x.sequence.length, y.sequence.length);
  const signals: Record<FeatureName, number> = {
    lemmaIdf: x.mass + y.mass === 0 ? 0 : (2 * mass) / (x.mass + y.mass),
    lemmaIdfMin: Math.max(x.mass, y.mass) === 0 ? 0 : mass / Math.max(x.mass, y.mass),
    ngram1Min: precision(h1, x, y, 0, false),
    ngram1Max: precision(h1, x, y, 0, true),
    ngram2Min: precision(h2, x, y, 1, false),
    ngram3Min: precision(h3, x, y, 2, false),
    ngram3Max: precision(h3, x, y, 2, true),
    ngram4Min: precision(h4, x, y, 3, false),
    lcs: shorter === 0 ? 0 : lcsLength(x.sequence, y.sequence) / shorter,
    dice: share(2 * sharedCount(x.chars, y.chars), x.chars.length + y.chars.length),
    actors: actorShare,
    actorsMissing: x.actors.size + y.actors.size === 0 ? 0 : 1 - actorShare,
    numbers: numberShare,
    numbersMissing: x.numbers.size + y.numbers.size === 0 ? 0 : 1 - numberShare,
    dates: dateShare,
    datesMissing: dateUnion === 0 ? 0 : 1 - dateShare,
    length: Math.max(x.words, y.words) === 0 ? 0 : Math.min(x.words, y.words) / Math.max(x.words, y.words),
    negation: x.negated === y.negated ? 0 : 1,
  };
  return { signals, shared, actors, numbers, dates: sorted(datesX) };
}
