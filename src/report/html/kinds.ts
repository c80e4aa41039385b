import type { FindingKind } from '../../model/finding.js';

/** How a finding kind is shown: a letter and an underline style, so colour is never the only cue. */
export interface KindStyle {
  /** One character drawn in the legend, the findings list and after each mark. */
  letter: string;
  /** The underline style, named in the legend (WCAG 1.4.1: use of colour). */
  underline: string;
  /** What the kind means, for the legend. */
  meaning: string;
}

/** Every finding kind's look, in `FINDING_KINDS` order; the colours live in `styles.ts`. */
export const KIND_STYLES: Record<FindingKind, KindStyle> = {
  divergence: { letter: 'D', underline: 'wavy', meaning: 'the facts are incompatible' },
  omission: { letter: 'O', underline: 'dotted', meaning: 'stated by one side only' },
  attribution: { letter: 'A', underline: 'dashed', meaning: 'same content, different sourcing or certainty' },
  framing: { letter: 'F', underline: 'solid', meaning: 'same referent or act, labelled differently' },
  refinement: { letter: 'R', underline: 'double', meaning: 'both state it, one more precisely' },
  agreement: { letter: '=', underline: 'none', meaning: 'both state the same fact' },
};
