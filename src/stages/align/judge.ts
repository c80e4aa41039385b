import { readFileSync } from 'node:fs';
import { FEATURES, type FeatureName, type PairEvidence, pairFeatures, rarestFirst } from './features.js';
import { loadIdf } from './idf.js';
import type { LogisticWeights } from './logistic.js';
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

/** A scored pair: the probability, the label, and the evidence behind it. */
export interface Judgement {
  score: number;
  equivalent: boolean;
  /** Equivalent, or overlapping enough to be linked as `partial`. */
  linkable: boolean;
  /** Signals rounded to 3 decimals. */
  signals: Record<FeatureName, number>;
  /** What the signals rest on; turned into reasons by `explain` for the links kept. */
  evidence: PairEvidence;
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

/**
 * `probability(params, featureVector(signals))` without the vector: the same sum in the same
 * order, so the same score, for every candidate pair without an array each (issue 13).
 */
function scoreOf(params: AlignParams, signals: Record<FeatureName, number>): number {
  let z = params.bias;
  for (let i = 0; i < FEATURES.length; i++) z += params.weights[i] * signals[FEATURES[i]];
  return 1 / (1 + Math.exp(-z));
}

const YEAR = /^(19|20)\d\d$/;
const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Says in words what a positive signal rests on. */
function reasonFor(name: FeatureName, evidence: PairEvidence): string {
  const value = round(evidence.signals[name]);
  if (name === 'lemmaIdf' || name === 'lemmaIdfMin')
    return `${name}: shared ${rarestFirst(evidence, loadIdf()).slice(0, 6).join(', ')}`;
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
  const evidence = pairFeatures(x, y);
  const score = scoreOf(params, evidence.signals);
  const { lemmaIdf } = evidence.signals;
  const equivalent = score >= params.threshold;
  const { overlap, yearOverlap } = params.partial;
  const sameYear = evidence.shared.some((lemma) => YEAR.test(lemma));
  const signals = {} as Record<FeatureName, number>;
  for (const name of FEATURES) signals[name] = round(evidence.signals[name]);
  return {
    score: round(score),
    equivalent,
    linkable: equivalent || lemmaIdf >= overlap || (sameYear && lemmaIdf >= yearOverlap),
    signals,
    evidence,
  };
}

/**
 * Reasons for a judgement: the signals whose weight × value pushed the score up most,
 * strongest first, each as `feature: what it rests on`, so a report can say why two sentences match.
 */
export function explain(judgement: Judgement, params: AlignParams = loadParams()): string[] {
  const vector = featureVector(judgement.evidence.signals);
  return FEATURES.map((name, i) => ({ name, push: params.weights[i] * vector[i] }))
    .filter((c) => c.push > 0.1)
    .sort((p, q) => q.push - p.push || (p.name < q.name ? -1 : 1))
    .map((c) => reasonFor(c.name, judgement.evidence));
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
