// The pipeline's attributions as PolNeAR counts them: attribution claims that share one cue (a
// quote continued over several sentences) are one attribution, whose content may have several
// fragments, as in PolNeAR (Newell, Margolin & Ruths, LREC 2018).
import type { AttributionClaim, Claim } from '../../src/model/claim.js';
import type { Attr } from './gold.js';

/** One predicted attribution and the claims it was made of, in the order of the claims. */
export interface Predicted extends Attr {
  claims: AttributionClaim[];
}

/**
 * The attribution claims grouped by cue, in the order their cues first appear among the claims;
 * the source is the first speaker among a group's claims, the content every claim's content.
 */
export function attributionsByCue(claims: readonly Claim[]): Predicted[] {
  const byCue = new Map<string, Predicted>();
  for (const c of claims) {
    if (c.kind !== 'attribution') continue;
    const claim = c as AttributionClaim;
    const key = `${claim.cue.start}:${claim.cue.end}`;
    const attr = byCue.get(key) ?? {
      source: [],
      cue: [[claim.cue.start, claim.cue.end]],
      content: [],
      claims: [],
    };
    if (claim.speaker && attr.source.length === 0) attr.source.push([claim.speaker.start, claim.speaker.end]);
    attr.content.push([claim.content.start, claim.content.end]);
    attr.claims.push(claim);
    byCue.set(key, attr);
  }
  return [...byCue.values()];
}
