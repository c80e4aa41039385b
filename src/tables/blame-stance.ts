import type { BlameClaim, Claim, Stance } from '../model/claim.js';

/**
 * The stance of a blame claim as the tables count it. Blame a party assigns ("The Norland
 * government accused the rebels of violating a truce") is that party's claim, not blame the
 * outlet states as fact (user trial 21): it takes the stance of the attribution claim whose
 * speaker is the blamer and whose cue is the blaming verb ("accused": claimed), else `said`, as the compare stage
 * reads such blame (attribution-claims.ts `blameBasis`). Blame the outlet assigns in its own
 * words, or whose report the outlet already attributes ("…, a spokesman said"), keeps its basis.
 */
export function blameStance(claim: BlameClaim, claims: readonly Claim[]): Stance {
  const blamer = claim.blamedBy;
  if (!blamer || claim.basis.stance !== 'fact') return claim.basis.stance;
  // The attribution whose cue is the blaming verb itself ("accused …", "blamed …"), not another
  // cue of the same speaker ("The rebels denied any role and accused the army of …": review of
  // truth21, where the first cue made the blame "denied").
  const cue = claims.find(
    (c) =>
      c.kind === 'attribution' &&
      c.sentence === claim.sentence &&
      c.speaker?.start === blamer.start &&
      c.speaker.end === blamer.end &&
      c.cue.start >= claim.start &&
      c.cue.end <= claim.end,
  );
  return cue?.kind === 'attribution' ? cue.stance : 'said';
}
