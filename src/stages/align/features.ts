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

function intersect<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): T[] {
  if (x.size === 0 || y.size === 0) return [];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].filter((v) => large.has(v));
}

function jaccard(shared: number, x: number, y: number): number {
  const union = x + y - shared;
  return union === 0 ? 0 : shared / union;
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Dates of x that agree with some date of y, matched both ways. */
function agreeingDates(x: ReadonlySet<string>, y: ReadonlySet<string>): string[] {
  if (x.size === 0 || y.size === 0) return [];
  return [...x].filter((d) => [...y].some((e) => datesAgree(d, e)));
}

/** Clipped n-gram precision both ways, lower first. */
function precisions(gx: Float64Array, gy: Float64Array): [number, number] {
  const hits = sharedCount(gx, gy);
  const px = share(hits, gx.length);
  const py = share(hits, gy.length);
  return px < py ? [px, py] : [py, px];
}

/** Computes the signals of a pair of profiles. Symmetric: swapping x and y gives the same values. */
export function pairFeatures(x: SentenceProfile, y: SentenceProfile): PairEvidence {
  const shared: string[] = [];
  let mass = 0;
  for (const [lemma, weight] of x.content) {
    if (!y.content.has(lemma)) continue;
    shared.push(lemma);
    mass += weight;
  }
  const actors = intersect(x.actors, y.actors).sort();
  const numbers = intersect(x.numbers, y.numbers).sort();
  const datesX = agreeingDates(x.dates, y.dates);
  const datesY = agreeingDates(y.dates, x.dates);
  const dateUnion = x.dates.size + y.dates.size;
  const dateShare = dateUnion === 0 ? 0 : (datesX.length + datesY.length) / dateUnion;
  const actorShare = jaccard(actors.length, x.actors.size, y.actors.size);
  const numberShare = jaccard(numbers.length, x.numbers.size, y.numbers.size);
  // Clipped matches are the same both ways; only the denominators differ (BLEU's precision).
  const [p1, p2, p3, p4] = [0, 1, 2, 3].map((n) => precisions(x.grams[n], y.grams[n]));
  const shorter = Math.min(x.sequence.length, y.sequence.length);
  const signals: Record<FeatureName, number> = {
    lemmaIdf: x.mass + y.mass === 0 ? 0 : (2 * mass) / (x.mass + y.mass),
    lemmaIdfMin: Math.max(x.mass, y.mass) === 0 ? 0 : mass / Math.max(x.mass, y.mass),
    ngram1Min: p1[0],
    ngram1Max: p1[1],
    ngram2Min: p2[0],
    ngram3Min: p3[0],
    ngram3Max: p3[1],
    ngram4Min: p4[0],
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
  return { signals, shared, actors, numbers, dates: datesX.sort() };
}
