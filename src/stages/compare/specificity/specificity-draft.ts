import type { Finding } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';

/** A specificity refinement before it is a finding: the precise side, its evidence, and the vaguer evidence. */
export interface Refinement
  extends Pick<Finding, 'subject' | 'claims' | 'ruleId' | 'salience' | 'explanation'> {
  fine: Side;
  precise: Span;
  vague: Span;
  confidence: number;
}

/** The finding of a refinement: the precise span on its side, the vague one on the other. */
export function refinementDraft(r: Refinement): FindingDraft {
  const [a, b] = r.fine === 'a' ? [r.precise, r.vague] : [r.vague, r.precise];
  // The key order of every other finding, so that reports diff cleanly.
  return {
    kind: 'refinement',
    subject: r.subject,
    a: [a],
    b: [b],
    claims: r.claims,
    ruleId: r.ruleId,
    salience: r.salience,
    confidence: r.confidence,
    explanation: r.explanation,
  };
}
