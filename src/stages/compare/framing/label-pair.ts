// Inputs: a pair of labels found by one of the detectors. Output: the framing finding a
// researcher reads, with its salience and an explanation that reads aloud.
import type { FramingCategory } from '../../../lexicons/framing.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';

/** One side of a label pair: where the label is, what it is in the lexicon, how it reads. */
export interface LabelSide {
  span: Span;
  /** The lexicon label ("rebel group"). */
  label: string;
  category: FramingCategory;
  /** The label names several ("terrorist groups"): "calls them". */
  plural: boolean;
  /** The label is an act written as a verb ("killed"): "writes". */
  verbal: boolean;
  /** The proper-name modifier that says whose the label is ("nort kore"), or null. */
  key: string | null;
  /** The label stands inside quotation marks. */
  quoted: boolean;
}

/** Two labels for the same referent, one per side, before they become a finding. */
export interface LabelPair {
  ruleId: string;
  /** Lexicon group id. */
  group: string;
  a: LabelSide;
  b: LabelSide;
}

/** A label pair as reported: the pair, and every place it occurs on each side (the pair's own first). */
export interface LabelFinding {
  pair: LabelPair;
  places: [Span[], Span[]];
}

/** Identity of a label pair for de-duplication: the group and the two lexicon labels. */
export const pairKey = (pair: LabelPair): string => `${pair.group}|${pair.a.label}|${pair.b.label}`;

/** Salience by what the labels carry: delegitimising labels first, marked descriptions last. */
export function salienceOf(pair: LabelPair): number {
  const categories = [pair.a.category, pair.b.category];
  if (categories.includes('delegitimising')) return 0.9;
  if (categories.includes('sympathetic') || categories.includes('euphemism')) return 0.7;
  return 0.5;
}

/**
 * Names an outlet inside a sentence: a name that is a description ("Wire report") reads
 * as "the wire report"; a proper name ("Press TV") stays as it is.
 */
export function outletName(source: AnalyzedSource): string {
  const name = source.meta.outlet;
  return /^\p{Lu}\p{Ll}+ report$/u.test(name) ? `the ${name.toLowerCase()}` : name;
}

/** The outlet's name at the start of a sentence: "The wire report", "Press TV". */
export function outletSubject(source: AnalyzedSource): string {
  const name = outletName(source);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function explain(pair: LabelPair, a: AnalyzedSource, b: AnalyzedSource): string {
  const verb = pair.a.verbal ? 'writes' : pair.a.plural ? 'calls them' : 'calls it';
  const says = pair.a.verbal ? 'writes' : 'says';
  const subject = outletSubject(a);
  return `${subject} ${verb} '${pair.a.span.text}' where ${outletName(b)} ${says} '${pair.b.span.text}'.`;
}

/** Turns a label pair into a framing finding. */
export function toFinding(
  { pair, places }: LabelFinding,
  a: AnalyzedSource,
  b: AnalyzedSource,
): FindingDraft {
  return {
    kind: 'framing',
    a: places[0],
    b: places[1],
    claims: [],
    explanation: explain(pair, a, b),
    ruleId: pair.ruleId,
    salience: salienceOf(pair),
    subject: 'label',
    labels: {
      a: pair.a.span.text,
      b: pair.b.span.text,
      group: pair.group,
      categoryA: pair.a.category,
      categoryB: pair.b.category,
    },
  };
}
