import type { Claim } from '../model/claim.js';
import type { ClaimStances } from '../model/profile.js';
import { blameStance } from './blame-stance.js';
import type { NewSource } from './new-sources.js';

// How an outlet presents what it reports, from the claims of its articles rather than from the
// few attribution findings a batch shows (user trial 7, item 2: those counts were 0 for every
// outlet of a 42-pair batch).

/** Every stance at 0, so a profile's counts always have the same keys. */
export function noStances(): ClaimStances {
  const stances = () => ({ fact: 0, said: 0, claimed: 0, confirmed: 0, denied: 0, hedged: 0 });
  return {
    sources: 0,
    stated: stances(),
    statedByKind: { quantity: stances(), date: stances(), blame: stances() },
    reportingDates: 0,
    reported: { said: 0, claimed: 0, confirmed: 0, denied: 0, hedged: 0 },
    speakers: 0,
    speakerKinds: { person: 0, organisation: 0, official: 0, anonymous: 0, document: 0, group: 0 },
  };
}

/** Adds a figure, date or blame claim to the counts: by its stance, or as the time of a report. */
function addStated(
  counts: ClaimStances,
  claim: Exclude<Claim, { kind: 'attribution' }>,
  reportTime: boolean,
  claims: readonly Claim[],
): void {
  if (reportTime) {
    counts.reportingDates += 1;
    return;
  }
  const stance = claim.kind === 'blame' ? blameStance(claim, claims) : claim.basis.stance;
  counts.stated[stance] += 1;
  counts.statedByKind[claim.kind][stance] += 1;
}

/**
 * Adds one article's claims (`source`, its speakers made once: new-sources.ts) to its outlet's
 * counts: each figure, date and blame claim by the stance the article gives it (`fact` in its own
 * voice, else the stance of the attribution that covers it; a party's blame by its blamer's cue,
 * blame-stance.ts), a date that times a reporting verb
 * apart (reporting-dates.ts), each reported statement (attribution claim with a proposition) by
 * its cue's stance, each claim with a speaker to `speakerKinds` by its claims.csv `speaker_kind`,
 * and to `speakers` the article's distinct `speaker_key`s of claims.csv: names are not matched
 * across articles, so the same person in two articles counts twice.
 */
export function addClaimStances(counts: ClaimStances, source: NewSource): void {
  const { claims, speakers, timesReport } = source;
  counts.sources += 1;
  for (const claim of claims) {
    if (claim.kind !== 'attribution')
      addStated(counts, claim, claim.kind === 'date' && timesReport(claim), claims);
    else if (claim.contentKind !== 'non-proposition') counts.reported[claim.stance] += 1;
    const kind = speakers.kindOf(claim);
    if (kind) counts.speakerKinds[kind] += 1;
  }
  counts.speakers += speakers.count;
}
