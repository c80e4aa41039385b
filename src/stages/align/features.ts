import { sharedCount } from './bags.js';
import { datesAgree } from './dates.js';
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

/** The signals of a candidate pair in `FEATURES`' order (`signalVector`). */
export type SignalVector = number[];

// The helpers below run for every candidate pair (hundreds a pair of articles): they count in
// loops and fill one vector, so that a candidate allocates one small array (issue 13: short-lived
// objects drive the scavenges); evidence.ts lists what the signals rest on for the links kept.

function jaccard(shared: number, x: number, y: number): number {
  const union = x + y - shared;
  return union === 0 ? 0 : shared / union;
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The clipped matches of the n-grams of order `n` + 1: the same both ways. */
const hitsOf = (x: SentenceProfile, y: SentenceProfile, n: number): number =>
  sharedCount(x.grams[n], y.grams[n]);

/** Clipped n-gram precision of order `n` + 1 from its `hits`: the lower or the higher direction. */
function precision(hits: number, x: SentenceProfile, y: SentenceProfile, n: number, higher: boolean): number {
  const px = share(hits, x.grams[n].length);
  const py = share(hits, y.grams[n].length);
  return px < py === higher ? py : px;
}

/** Each signal's place in a vector of `FEATURES`' order. */
const AT = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** How many values of the smaller set the other holds (`intersect`'s length, without the list). */
function sharedSize<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return n;
}

/** How many dates of x agree with some date of y (`agreeingDates`' length, without the list). */
function agreeingCount(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  for (const d of x) {
    for (const e of y) {
      if (!datesAgree(d, e)) continue;
      n++;
      break;
    }
  }
  return n;
}

/**
 * The signals of a pair of profiles as a vector in `FEATURES`' order: one small array a candidate
 * pair, and no list of what they rest on (`pairFeatures` says that for the links kept). Symmetric:
 * swapping x and y gives the same values.
 */
export function signalVector(x: SentenceProfile, y: SentenceProfile): SignalVector {
  let mass = 0;
  for (let k = 0; k < x.lemmas.length; k++) if (y.content.has(x.lemmas[k])) mass += x.weights[k];
  const dateUnion = x.dates.size + y.dates.size;
  const dateShare =
    dateUnion === 0 ? 0 : (agreeingCount(x.dates, y.dates) + agreeingCount(y.dates, x.dates)) / dateUnion;
  const actorShare = jaccard(sharedSize(x.actors, y.actors), x.actors.size, y.actors.size);
  const numberShare = jaccard(sharedSize(x.numbers, y.numbers), x.numbers.size, y.numbers.size);
  // Clipped matches are the same both ways; only the denominators differ (BLEU's precision).
  const h1 = hitsOf(x, y, 0);
  const h3 = hitsOf(x, y, 2);
  const shorter = Math.min(x.sequence.length, y.sequence.length);
  // A plain array of doubles, not a Float64Array: 18 doubles are past what V8 keeps on its heap
  // for a typed array (64 bytes), so each candidate allocated a backing store outside it, the
  // costliest line of a pair's profile (speed25). The values are the same doubles.
  const v: SignalVector = new Array<number>(FEATURES.length).fill(0);
  v[AT.lemmaIdf] = x.mass + y.mass === 0 ? 0 : (2 * mass) / (x.mass + y.mass);
  v[AT.lemmaIdfMin] = Math.max(x.mass, y.mass) === 0 ? 0 : mass / Math.max(x.mass, y.mass);
  v[AT.ngram1Min] = precision(h1, x, y, 0, false);
  v[AT.ngram1Max] = precision(h1, x, y, 0, true);
  v[AT.ngram2Min] = precision(hitsOf(x, y, 1), x, y, 1, false);
  v[AT.ngram3Min] = precision(h3, x, y, 2, false);
  v[AT.ngram3Max] = precision(h3, x, y, 2, true);
  v[AT.ngram4Min] = precision(hitsOf(x, y, 3), x, y, 3, false);
  v[AT.lcs] = shorter === 0 ? 0 : lcsLength(x.sequence, y.sequence) / shorter;
  v[AT.dice] = share(2 * sharedCount(x.chars, y.chars), x.chars.length + y.chars.length);
  v[AT.actors] = actorShare;
  v[AT.actorsMissing] = x.actors.size + y.actors.size === 0 ? 0 : 1 - actorShare;
  v[AT.numbers] = numberShare;
  v[AT.numbersMissing] = x.numbers.size + y.numbers.size === 0 ? 0 : 1 - numberShare;
  v[AT.dates] = dateShare;
  v[AT.datesMissing] = dateUnion === 0 ? 0 : 1 - dateShare;
  v[AT.length] =
    Math.max(x.words, y.words) === 0 ? 0 : Math.min(x.words, y.words) / Math.max(x.words, y.words);
  v[AT.negation] = x.negated === y.negated ? 0 : 1;
  return v;
}

/** A signal vector (`signalVector`) as a record by name. */
export function signalRecord(
  v: SignalVector,
  map: (value: number) => number = (x) => x,
): Record<FeatureName, number> {
  const signals = {} as Record<FeatureName, number>;
  for (let i = 0; i < FEATURES.length; i++) signals[FEATURES[i]] = map(v[i]);
  return signals;
}
