import type { DateClaim } from '../model/claim.js';
import type { Finding } from '../model/finding.js';
import type { Report, ReportClaim } from '../model/report.js';
import type { Side } from '../model/span.js';
import { claimsById } from '../report/claims-by-id.js';

// User trials 7, 8 and 10: `attribution.statesAsFact`/`attributes` were 0 for every outlet. They
// counted shown attribution findings only, and the two rules that contrast a fact with an
// attribution (compare/attribution-of-claim, compare/attribution-dropped) score below the display
// confidence on every dev batch, while the shown ones (attribution-verb, attribution-nested) have
// both sides attribute. The same contrast is in the shown findings that link a claim of each
// outlet as the same fact (a quantity or date agreement: "420 workers, the company said" against
// "420 workers"): the claims carry the voice each outlet gives the fact, so they are read here.

/** How one side of a finding presents the fact it rests on. */
type Voice = 'fact' | 'attributed';

/** Whether a date claim of a side times a reporting act (new-sources.ts decides it once per source). */
export type TimesReport = (side: Side, date: DateClaim) => boolean;

const attributed = (c: ReportClaim) => c.kind === 'attribution' || c.basis.stance !== 'fact';

/**
 * A report's claims as the voice rules read them, made once per report (`reportVoices`): each by
 * id, and the attribution claims of each sentence of a side.
 */
export interface ReportVoices {
  byId: ReadonlyMap<string, ReportClaim>;
  cues: ReadonlyMap<string, ReportClaim[]>;
  /** The ids of the attribution claims, for `contrastKey`. */
  cueIds: ReadonlySet<string>;
}

const sentenceKey = (c: ReportClaim) => `${c.side}:${c.sentence}`;

/** The claims of a report by id and its attribution claims by sentence, for `statingSide`. */
export function reportVoices(report: Report): ReportVoices {
  const cues = new Map<string, ReportClaim[]>();
  const cueIds = new Set<string>();
  for (const c of report.claims) {
    if (c.kind !== 'attribution') continue;
    cueIds.add(c.id);
    const same = cues.get(sentenceKey(c));
    if (same) same.push(c);
    else cues.set(sentenceKey(c), [c]);
  }
  return { byId: claimsById(report), cues, cueIds };
}

/**
 * The voice of one figure, date or blame claim, strictly: `fact` when the outlet states it in a
 * sentence that attributes nothing, `attributed` when it lies inside what its attribution
 * reports. A fact in a sentence that also reports someone ("told the committee during his
 * hearing on Thursday") may be the time or place of that report, and a claim beside its
 * attribution's content ("told senators last week") is not what was said: neither is counted.
 */
function claimVoice(voices: ReportVoices, claim: ReportClaim): Voice | undefined {
  const cues = voices.cues.get(sentenceKey(claim)) ?? [];
  if (!attributed(claim)) return cues.length === 0 ? 'fact' : undefined;
  const cue = cues.find((c) => c.id === claim.basis.attribution);
  if (cue?.kind !== 'attribution') return claim.basis.attribution ? undefined : 'attributed';
  return cue.content.start <= claim.start && claim.end <= cue.content.end ? 'attributed' : undefined;
}

/**
 * The voice of one side's claims in a finding. In an attribution finding (its rule contrasted
 * the voices): `attributed` when one claim is an attribution or has a stance other than fact,
 * else `fact`, and `fact` too when the side has no claim (compare/attribution-dropped: the side
 * states the sentence without the other's source). In other findings: the voice every claim has
 * (`claimVoice`), undefined when they differ or one has none. A date that times a reporting verb
 * ("said Monday") says when a statement was made, so it is left out first.
 */
function voiceOf(
  voices: ReportVoices,
  finding: Finding,
  side: Side,
  timesReport: TimesReport,
): Voice | undefined {
  const ids = finding.claims.filter((id) => id.startsWith(`${side}:`));
  if (ids.length === 0) return finding.kind === 'attribution' ? 'fact' : undefined;
  const claims = ids
    .map((id) => voices.byId.get(id))
    .filter((c): c is ReportClaim => c !== undefined)
    .filter((c) => !(c.kind === 'date' && timesReport(side, c)));
  if (claims.length === 0) return undefined;
  if (finding.kind === 'attribution') return claims.some(attributed) ? 'attributed' : 'fact';
  const found = new Set(claims.map((c) => claimVoice(voices, c)));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The side that states as fact what the other side attributes in a shown finding, if any. Only
 * findings that put the two outlets' claims side by side as one fact or statement are read:
 * agreements, refinements, divergences and attribution findings; an omission has one side only.
 * `voices`: the report's claims (`reportVoices`).
 */
export function statingSide(
  voices: ReportVoices,
  finding: Finding,
  timesReport: TimesReport,
): Side | undefined {
  if (finding.kind === 'omission' || finding.kind === 'framing') return undefined;
  const a = voiceOf(voices, finding, 'a', timesReport);
  const b = voiceOf(voices, finding, 'b', timesReport);
  if (a === 'fact' && b === 'attributed') return 'a';
  if (b === 'fact' && a === 'attributed') return 'b';
  return undefined;
}

/**
 * The key of the contrast a finding shows: its claim ids but its attribution cues, so that an
 * agreement and an attribution finding on the same figures count once, whichever cue the
 * attribution finding also lists (review of research11, L2). `cues`: the ids of the report's
 * attribution claims (`ReportVoices.cueIds`).
 */
export function contrastKey(finding: Finding, cues: ReadonlySet<string>): string {
  const facts = finding.claims.filter((id) => !cues.has(id));
  return [...(facts.length > 0 ? facts : finding.claims)].sort().join('|');
}
