import type { Rule } from '../../../model/rule.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft, BlameDraft } from '../draft.js';
import { blamedOn } from './blamed-on.js';
import type { BlameRule } from './context.js';
import { passiveAgent } from './passive-agent.js';
import { carriedOut, responsibleFor } from './responsible.js';

/** The blame rules, in order; a later rule's claim is dropped when an earlier one covers the same agent. */
export const BLAME_RULES: readonly Rule<BlameRule>[] = [
  {
    id: 'extract/blame-assigned',
    stage: 'extract',
    summary:
      'a subject assigns blame: "blamed the rocket fire on Iran", "accused Iran of …", "held X responsible for …"',
    run: blamedOn,
    outcomes: [
      { id: 'extract/blame-blame', summary: '"S blamed ACT on AGENT", "S blamed AGENT for ACT"' },
      { id: 'extract/blame-accuse', summary: '"S accused AGENT of ACT"' },
      { id: 'extract/blame-hold', summary: '"S held AGENT responsible for ACT"' },
    ],
  },
  {
    id: 'extract/blame-passive-agent',
    stage: 'extract',
    summary: '"rockets fired by Iranian forces", "attributed to Israel"',
    run: passiveAgent,
  },
  {
    id: 'extract/blame-responsible',
    stage: 'extract',
    summary: '"X was responsible for the attack", "X claimed responsibility for …"',
    run: responsibleFor,
  },
  {
    id: 'extract/blame-carried-out',
    stage: 'extract',
    summary: '"X carried out the attack"',
    run: carriedOut,
  },
];

/**
 * Who is held responsible for an act, and by whom. `blamedBy` is the subject of "blamed"/"accused"
 * (a pronoun resolved to the latest speaker in `attributionsSoFar`), else the speaker of the
 * attribution whose content covers the claim, else null (the outlet's own voice).
 */
export function extractBlame(
  sentence: Sentence,
  source: SegmentedSource,
  attributionsSoFar: AttributionDraft[],
): BlameDraft[] {
  const ctx = { sentence, tokens: sentence.tokens, text: source.text, attributions: attributionsSoFar };
  const found: BlameDraft[] = [];
  for (const rule of BLAME_RULES) {
    for (const draft of rule.run(ctx)) {
      if (!found.some((f) => f.agent.start === draft.agent.start)) found.push(draft);
    }
  }
  return found;
}
