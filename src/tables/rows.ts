import type { Claim } from '../model/claim.js';
import type { Report } from '../model/report.js';
import type { TableRow } from '../report/finding-table.js';

function kindFields(claim: Claim): TableRow {
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
      return { speaker: claim.speaker?.text, stance: claim.stance };
    case 'blame':
      return { speaker: claim.blamedBy?.text };
  }
}

/**
 * One row per claim of the report's sources, skipping sources in `seen` (a source is in
 * every pair of its event, its claims are listed once) and adding the others to it.
 */
export function claimRows(report: Report, seen: Set<string>): TableRow[] {
  const rows: TableRow[] = [];
  for (const side of ['a', 'b'] as const) {
    const source = report.sources[side];
    const key = `${report.pair.event}/${source.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const claim of report.claims.filter((c) => c.side === side)) {
      rows.push({
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
        speaker: claim.basis.speaker?.text,
        ...kindFields(claim),
        body_start: source.bodyStart ?? 0,
      });
    }
  }
  return rows;
}
