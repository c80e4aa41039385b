import type { BlameClaim, Claim, Stance } from '../model/claim.js';

/**
 * The stance of a blame claim as the tables count it. Blame a party assigns ("The Norland
 * government accused the rebels of violating a truce") is that party's claim, not blame the
 * outlet states as fact (user trial 21): it takes the stance of the attribution claim of its
 * sentence whose speaker is the blamer ("accused": claimed), else `said`, as the compare stage
 * reads such blame (attribution-claims.ts `blameBasis`). Blame the outlet assigns in its own
 * words, or whose report the outlet already attributes ("…, a spokesman said"), keeps its basis.
 */
export function blameStance(claim: BlameClaim, claims: readonly Claim[]): Stance {
  const blamer = claim.blamedBy;
  if (!blamer || claim.basis.stance !== 'fact') return claim.basis.stance;
  const cue = claims.find(
    (c) =>
      c.kind === 'attribution' &&
      c.sentence === claim.sentence &&
      c.speaker?.start === blamer.start &&
      c.speaker.end === blamer.end,
  );
  return cue?.kind === 'attribution' ? cue.stance : 'said';
}
