import type { Side, Span } from './span.js';

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

/**
 * Findings at or above this confidence are shown by default in Markdown, HTML and the terminal
 * summary; the rest stay in the JSON report (and behind a switch in the HTML).
 */
export const CONFIDENT = 0.5;

/** The confidence a pass holds a finding at to keep it in the JSON but not show it: just below `CONFIDENT`. */
export const HIDDEN_CONFIDENCE = 0.45;

/** Whether a finding is confident enough to be shown by default. */
export const isConfident = (finding: { confidence: number }): boolean => finding.confidence >= CONFIDENT;

/**
 * The side an omission's reader misses it on: the side without evidence, when the other side has
 * some. Undefined for other kinds, and for an omission with evidence on both sides or on neither.
 * The cap, the contradiction post-pass, the `omitted_by` column and the outlet profiles all read it.
 */
export function omittingSide(finding: Pick<Finding, 'kind' | 'a' | 'b'>): Side | undefined {
  if (finding.kind !== 'omission') return undefined;
  if (finding.a.length === 0 && finding.b.length > 0) return 'a';
  if (finding.b.length === 0 && finding.a.length > 0) return 'b';
  return undefined;
}

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
  /**
   * 0..1: how strongly the evidence supports the finding (how surely the two spans state the
   * same fact, how surely the other article lacks it). Reports show findings at or above
   * `CONFIDENT` by default; the JSON keeps every finding. Added in schema version 2.
   */
  confidence: number;
  /**
   * What the finding is about, by kind (the values are listed in report.schema.json): a fact's
   * `quantity`, `date`, `name`, `quote`, `blame` or `sentence`; `attribution`; framing's `label`
   * or `headline`; an omission's `figure`, `development`, or the one `name`, `date` or `word` missing.
   */
  subject: string;
  /** For framing findings: the two labels and their lexicon categories. */
  labels?: { a: string; b: string; group?: string; categoryA?: string; categoryB?: string };
}

/** How many findings there are of each kind, every kind present. */
export function countByKind(findings: readonly Pick<Finding, 'kind'>[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}
