import { readFileSync } from 'node:fs';
import { type PairEvidence, pairFeatures, rarestFirst } from './evidence.js';
import { FEATURES, type FeatureName, type SignalVector, signalRecord, signalVector } from './features.js';
import { type LogisticWeights, probability } from './logistic.js';
import type { SentenceProfile } from './profile.js';

/** The fitted model as shipped in `params.json` by `npm run fit:align`. */
export interface AlignParams extends LogisticWeights {
  /** Where the weights come from and how they were checked. */
  source: string;
  /** Feature names, in the order of `weights`. */
  features: FeatureName[];
  /** P(paraphrase) at or above which a pair is `equivalent` (chosen by cross-validation on train). */
  threshold: number;
  /**
   * When two sentences overlap enough to be linked as `partial` (set by hand, see fit-align):
   * idf-weighted overlap (`lemmaIdf`) at least `overlap`, or at least `yearOverlap` when both
   * write the same year ("began in January 2017" / "began at the beginning of 2017").
   */
  partial: { overlap: number; yearOverlap: number };
  l2: number;
  cv: { folds: number; pairs: number; accuracy: number; f1: number };
}

/**
 * A scored pair: the probability, the label, and what links are ranked by. Plain data: its signals
 * and evidence are read through `signalsOf` and `evidenceOf`.
 */
export interface Judgement {
  score: number;
  equivalent: boolean;
  /** Equivalent, or overlapping enough to be linked as `partial`. */
  linkable: boolean;
  /** `lemmaIdf` rounded to 3 decimals, as in `signalsOf`: what links are ranked by. */
  overlap: number;
}

/** What a judgement was scored on, and its signals and evidence once asked for. */
interface Behind {
  // The two profiles and their signal vector as fields, not a tuple: one object a candidate pair, not two (speed22).
  x: SentenceProfile;
  y: SentenceProfile;
  v: SignalVector;
  record?: Record<FeatureName, number>;
  rests?: PairEvidence;
}

// A pair of articles scores hundreds of candidate pairs and keeps a few dozen links, and only those
// show signals and evidence (issue 13: the records of every candidate were most of align's
// short-lived garbage). They are spelled out when first asked for, kept in a private field of the
// judgement: not a property, so a copy (spread, JSON, structuredClone) is plain data and carries no
// profiles (review-cpu8 #3). A field, not a WeakMap keyed by the judgement: every candidate was a
// new WeakMap entry, 7 % of align's CPU in a profile of a pair (speed25).
class Scored implements Judgement {
  readonly #behind: Behind;

  constructor(
    readonly score: number,
    readonly equivalent: boolean,
    readonly linkable: boolean,
    readonly overlap: number,
    behind: Behind,
  ) {
    this.#behind = behind;
  }

  /** What `j` was scored on, if it is one `judgeSentences` returned. */
  static behindOf(j: Judgement): Behind | undefined {
    return #behind in j ? (j as Scored).#behind : undefined;
  }
}

function behindOf(j: Judgement): Behind {
  const found = Scored.behindOf(j);
  if (!found) throw new Error('signalsOf/evidenceOf: not a judgement that judgeSentences returned');
  return found;
}

/** A judgement's signals rounded to 3 decimals; `j` must be one `judgeSentences` returned, not a copy. */
export function signalsOf(j: Judgement): Record<FeatureName, number> {
  const b = behindOf(j);
  b.record ??= signalRecord(b.v, round);
  return b.record;
}

/** What a judgement's signals rest on; turned into reasons by `explain` for the links kept. */
export function evidenceOf(j: Judgement): PairEvidence {
  const b = behindOf(j);
  b.rests ??= pairFeatures(b.x, b.y, b.v);
  return b.rests;
}

let cached: AlignParams | undefined;

/** Loads the shipped parameters once per process. */
export function loadParams(): AlignParams {
  cached ??= JSON.parse(readFileSync(new URL('./params.json', import.meta.url), 'utf8')) as AlignParams;
  return cached;
}

/** The feature vector in the model's order. */
export const featureVector = (signals: Record<FeatureName, number>): number[] =>
  FEATURES.map((name) => signals[name]);

const YEAR = /^(19|20)\d\d$/;
const LEMMA_IDF = FEATURES.indexOf('lemmaIdf');
const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Says in words what a positive signal rests on. */
function reasonFor(name: FeatureName, evidence: PairEvidence): string {
  const value = round(evidence.signals[name]);
  if (name === 'lemmaIdf' || name === 'lemmaIdfMin')
    return `${name}: shared ${rarestFirst(evidence).slice(0, 6).join(', ')}`;
  if (name === 'actors') return `actors: both name ${evidence.actors.join(', ')}`;
  if (name === 'numbers') return `numbers: both give ${evidence.numbers.join(', ')}`;
  if (name === 'dates') return `dates: both date it ${evidence.dates.join(', ')}`;
  return `${name}: ${value}`;
}

/** Scores a pair with the fitted logistic regression, and decides whether it is linkable. */
export function judgeSentences(
  x: SentenceProfile,
  y: SentenceProfile,
  params: AlignParams = loadParams(),
): Judgement {
  const v = signalVector(x, y);
  // The vector is in the model's order (`featureVector`): `probability` on it, without a copy.
  const score = probability(params, v);
  const lemmaIdf = v[LEMMA_IDF];
  const equivalent = score >= params.threshold;
  const { overlap, yearOverlap } = params.partial;
  const sameYear = () => x.lemmas.some((lemma) => y.content.has(lemma) && YEAR.test(lemma));
  const linkable = equivalent || lemmaIdf >= overlap || (lemmaIdf >= yearOverlap && sameYear());
  return new Scored(round(score), equivalent, linkable, round(lemmaIdf), { x, y, v });
}

/**
 * Reasons for a judgement: the signals whose weight × value pushed the score up most,
 * strongest first, each as `feature: what it rests on`, so a report can say why two sentences match.
 */
export function explain(judgement: Judgement, params: AlignParams = loadParams()): string[] {
  const evidence = evidenceOf(judgement);
  const vector = featureVector(evidence.signals);
  return FEATURES.map((name, i) => ({ name, push: params.weights[i] * vector[i] }))
    .filter((c) => c.push > 0.1)
    .sort((p, q) => q.push - p.push || (p.name < q.name ? -1 : 1))
    .map((c) => reasonFor(c.name, evidence));
}

/**
 * Whether two sentences (or groups of sentences) say the same thing. This is the very test
 * that labels an alignment link `equivalent`, and the one `eval:msrp` scores.
 */
export function isEquivalent(
  x: SentenceProfile,
  y: SentenceProfile,
  params: AlignParams = loadParams(),
): boolean {
  return judgeSentences(x, y, params).equivalent;
}
