import type { Span } from './span.js';

/** The kinds of finding, in the order a report lists them. */
export const FINDING_KINDS = [
  'divergence',
  'omission',
  'attribution',
  'framing',
  'refinement',
  'agreement',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A comparison result with evidence on both sides. */
export interface Finding {
  /** `f1`, `f2`… after ranking. */
  id: string;
  kind: FindingKind;
  /** Evidence spans in source a and b; one side is empty for an omission. */
  a: Span[];
  b: Span[];
  /** Report-level claim ids (`a:c3`, `b:c7`) the finding rests on. */
  claims: string[];
  /** One sentence a researcher can read aloud. */
  explanation: string;
  ruleId: string;
  /** 0..1, higher first: casualty figures and loaded labels before colour. */
  salience: number;
  /** What the finding is about: `quantity`, `date`, `attribution`, `blame`, `sentence`, `label`. */
  subject: string;
  /** For framing findings: the two labels and their lexicon categories. */
  labels?: { a: string; b: string; group?: string; categoryA?: string; categoryB?: string };
}
