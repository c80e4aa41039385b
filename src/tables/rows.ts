import type { Claim } from '../model/claim.js';
import type { Report } from '../model/report.js';
import type { TableRow } from '../report/tidy-table.js';
import { blameStance } from './blame-stance.js';
import type { NewSource } from './new-sources.js';
import { speakerOf } from './source-speakers.js';

function kindFields(claim: Claim, claims: readonly Claim[]): TableRow {
  switch (claim.kind) {
    case 'quantity':
      return {
        value: claim.value,
        min: claim.min,
        max: claim.max,
        precision: claim.precision,
        subtype: claim.subtype,
      };
    case 'date':
      return { precision: claim.precision, date_start: claim.interval?.start, date_end: claim.interval?.end };
    case 'attribution':
      // The claim's own stance is its cue's (confirmed, denied…); basis.stance is of the claim as a whole.
      return { stance: claim.stance };
    case 'blame':
      // Blame a party assigns is that party's claim, spoken as its cue says (blame-stance.ts).
      return { stance: blameStance(claim, claims) };
  }
}

/** The rows of one source's claims, its speakers keyed once for the whole source (new-sources.ts). */
export function sourceRows(report: Report, { side, claims, speakers, timesReport }: NewSource): TableRow[] {
  const source = report.sources[side];
  return claims.map((claim) => {
    const speaker = speakerOf(claim);
    return {
      event: report.pair.event,
      source: source.id,
      outlet: source.outlet,
      claim: claim.id.replace(/^[ab]:/, ''),
      kind: claim.kind,
      rule: claim.ruleId,
      sentence: claim.sentence,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      stance: claim.basis.stance,
      speaker: speaker?.text,
      ...kindFields(claim, claims),
      body_start: source.bodyStart ?? 0,
      speaker_key: speakers.keyOf(claim),
      speaker_title: speakers.titleOf(claim),
      speaker_kind: speakers.kindOf(claim),
      reporting_date: claim.kind === 'date' ? timesReport(claim) : undefined,
    };
  });
}
