import type { Finding } from '../../model/finding.js';
import type { Side, Span } from '../../model/span.js';
import type { FindingDraft } from './context.js';

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
  const { fine, precise, vague, ...rest } = r;
  return {
    kind: 'refinement',
    ...rest,
    a: [fine === 'a' ? precise : vague],
    b: [fine === 'b' ? precise : vague],
  };
}
