import { CONFIDENT, FINDING_KINDS, type Finding, isConfident, omittingSide } from '../model/finding.js';
import type { Report, ReportClaim } from '../model/report.js';
import type { Span } from '../model/span.js';
import { claimsById } from './claims-by-id.js';
import { BODY_START, col, type TableColumn, type TableRow } from './tidy-table.js';

// The finding table: the columns and rows of the per-pair CSV (csv.ts) and of a batch's
// findings.csv and .jsonl (tables/), one definition so both files read the same (user trial 6).
// What every table shares (a column, a row, a CSV line) is in tidy-table.ts.

/** `findings.csv`: one row per finding of every pair of the batch, in pair then report order. */
export const FINDING_COLUMNS: readonly TableColumn[] = [
  col('event', 'string', 'event folder'),
  col('pair', 'string', 'pair id, `<event>/<a>--<b>`'),
  col('finding', 'string', 'finding id within the pair (`f3`)'),
  col('kind', 'string', 'divergence, omission, attribution, framing, refinement or agreement', FINDING_KINDS),
  col('confidence', 'number', 'how sure the rules are of the finding, 0 to 1; reports show it from 0.5'),
  col('salience', 'number', 'how much the finding matters to a reader, 0 to 1'),
  col('rule', 'string', 'id of the rule that made the finding'),
  col(
    'subject',
    'string',
    "what the finding is about. Agreement, refinement, divergence: quantity, date, name (a named actor given more exactly), quote (a quotation's words differ), blame, sentence; attribution: attribution; framing: label (two names for one referent), headline; omission: figure (the omitted sentences hold a figure the other article lacks), development (sentences the other article does not report), or name, date, word (the listed item missing from a sentence the other article otherwise reports)",
  ),
  col('outlet_a', 'string', 'outlet of side a'),
  col('outlet_b', 'string', 'outlet of side b'),
  col('source_a', 'string', 'source id (file name) of side a'),
  col('source_b', 'string', 'source id (file name) of side b'),
  col('text_a', 'string', "evidence on side a: the spans' text joined by ` | `"),
  col('text_b', 'string', "evidence on side b: the spans' text joined by ` | `"),
  col('start_a', 'integer', 'UTF-16 offset of the first span on side a in the compared text'),
  col('end_a', 'integer', 'end (exclusive) of the first span on side a'),
  col('start_b', 'integer', 'UTF-16 offset of the first span on side b'),
  col('end_b', 'integer', 'end (exclusive) of the first span on side b'),
  col('label_a', 'string', 'framing: the label side a uses'),
  col('label_b', 'string', 'framing: the label side b uses'),
  col('label_group', 'string', 'framing: the referent both labels name'),
  col('category_a', 'string', "framing: the category of side a's label"),
  col('category_b', 'string', "framing: the category of side b's label"),
  col('claims', 'string', 'ids of the claims behind the finding, `;`-separated (`a:c3;b:c1`)'),
  col('explanation', 'string', 'one sentence saying what was found'),
  // Last, so the columns before keep their places (review-ux item 7: spans 2..n had no offsets).
  col('spans_a', 'string', 'every span on side a as UTF-16 `start-end`, `;`-separated, in text_a order'),
  col('spans_b', 'string', 'every span on side b as UTF-16 `start-end`, `;`-separated, in text_b order'),
  // User trial 7, item 7: what a reader filtered and joined by hand, and offsets checkable
  // against the source file without the JSON report. Appended, as spans_a/spans_b were.
  col('shown', 'boolean', `whether the reports show the finding by default: confidence >= ${CONFIDENT}`),
  col('omitted_by', 'string', 'omission: the outlet that never reports the fact (the side without evidence)'),
  col('body_start_a', 'integer', BODY_START('side a')),
  col('body_start_b', 'integer', BODY_START('side b')),
  // User trial 10, item 4: which figure a finding is about, so "figures only" can be filtered and checked.
  {
    ...col(
      'figures',
      'string',
      'the figures (quantity claims) the finding rests on, as written, ` | `-separated in claim order; empty when it rests on none; absent in files of 0.10.0',
    ),
    added: true,
  },
];

const joined = (spans: Span[]) => (spans.length === 0 ? undefined : spans.map((s) => s.text).join(' | '));
const offsets = (spans: Span[]) =>
  spans.length === 0 ? undefined : spans.map((s) => `${s.start}-${s.end}`).join(';');

/** The outlet of an omission's side without evidence (the omitting side), against one with evidence. */
function omittedBy(report: Report, f: Finding): string | undefined {
  const side = omittingSide(f);
  return side && report.sources[side].outlet;
}

/** The text of each quantity claim a finding rests on, ` | `-joined, or undefined when none. */
function figuresOf(claims: ReadonlyMap<string, ReportClaim>, finding: Finding): string | undefined {
  const texts = finding.claims
    .map((id) => claims.get(id))
    .filter((c) => c?.kind === 'quantity')
    .map((c) => c?.text);
  return texts.length === 0 ? undefined : texts.join(' | ');
}

/** One row per finding of a pair's report, in report order. */
export function findingRows(report: Report): TableRow[] {
  const { a, b } = report.sources;
  const claims = claimsById(report);
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
    spans_a: offsets(f.a),
    spans_b: offsets(f.b),
    shown: isConfident(f),
    omitted_by: omittedBy(report, f),
    body_start_a: a.bodyStart ?? 0,
    body_start_b: b.bodyStart ?? 0,
    figures: figuresOf(claims, f),
  }));
}
