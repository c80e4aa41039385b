import type { CompareContext, FindingDraft } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimContrasts } from './attribution-claims.js';
import { nestedReports } from './attribution-nested.js';
import { sentenceContrast } from './attribution-sentences.js';
import type { AttributionContext } from './attribution-shared.js';
import { verbContrasts } from './attribution-verb.js';
import { notOwnVoice } from './voice.js';

/**
 * The same content with a real difference of source or stance (issue 10): matched figures and
 * blame first, then the attributions of sentences the alignment is sure about. Nothing is read
 * as the outlet's own statement when it sits inside a quote or beside a quote's tag.
 */
export function compareAttribution(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const ac: AttributionContext = {
    ctx,
    voiced: { a: notOwnVoice(ctx.a), b: notOwnVoice(ctx.b) },
    cues: new Set(),
  };
  const seen = new Set<string>();
  const found = [...verbContrasts(ac), ...nestedReports(ac, seen), ...claimContrasts(ac, m, seen)];
  for (const link of ctx.counterparts) {
    for (const sa of link.a) {
      for (const sb of link.b) {
        if (seen.has(`${sa}|${sb}`)) continue;
        const draft = sentenceContrast(ac, link, sa, sb);
        if (draft) {
          seen.add(`${sa}|${sb}`);
          found.push(draft);
        }
      }
    }
  }
  return found;
}
