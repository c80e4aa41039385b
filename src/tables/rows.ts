import type { Claim } from '../model/claim.js';
import type { Report } from '../model/report.js';
import type { Span } from '../model/span.js';

/** A table row: column name → value; absent values are undefined. */
export type TableRow = Record<string, string | number | undefined>;

const joined = (spans: Span[]) => (spans.length === 0 ? undefined : spans.map((s) => s.text).join(' | '));

/** One row per finding of a pair's report, in report order. */
export function findingRows(report: Report): TableRow[] {
  const { a, b } = report.sources;
  return report.findings.map((f) => ({
    event: report.pair.event,
    pair: report.pair.id,
    finding: f.id,
    kind: f.kind,
    confidence: f.confidence,
    salience: f.salience,
    rule: f.ruleId,
    subject: f.subject,
    outlet_a: a.outlet,
    outlet_b: b.outlet,
    source_a: a.id,
    source_b: b.id,
    text_a: joined(f.a),
    text_b: joined(f.b),
    start_a: f.a[0]?.start,
    end_a: f.a[0]?.end,
    start_b: f.b[0]?.start,
    end_b: f.b[0]?.end,
    label_a: f.labels?.a,
    label_b: f.labels?.b,
    label_group: f.labels?.group,
    category_a: f.labels?.categoryA,
    category_b: f.labels?.categoryB,
    claims: f.claims.length === 0 ? undefined : f.claims.join(';'),
    explanation: f.explanation,
  }));
}

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
      });
    }
  }
  return rows;
}
