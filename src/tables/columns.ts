/** A column of a tidy table: its name, the type R and pandas should read it as, and what it holds. */
export interface TableColumn {
  name: string;
  /** `string` (empty when absent), `integer` or `number` (empty in CSV, null in JSONL, when absent). */
  type: 'string' | 'integer' | 'number';
  description: string;
}

const col = (name: string, type: TableColumn['type'], description: string): TableColumn => ({
  name,
  type,
  description,
});

/** `findings.csv`: one row per finding of every pair of the batch, in pair then report order. */
export const FINDING_COLUMNS: readonly TableColumn[] = [
  col('event', 'string', 'event folder'),
  col('pair', 'string', 'pair id, `<event>/<a>--<b>`'),
  col('finding', 'string', 'finding id within the pair (`f3`)'),
  col('kind', 'string', 'divergence, omission, attribution, framing, refinement or agreement'),
  col('confidence', 'number', 'how sure the rules are of the finding, 0 to 1; reports show it from 0.5'),
  col('salience', 'number', 'how much the finding matters to a reader, 0 to 1'),
  col('rule', 'string', 'id of the rule that made the finding'),
  col('subject', 'string', 'what the finding is about (a quantity, a date, a label…)'),
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
];

/** `claims.csv`: one row per claim of every source of the batch, each source once. */
export const CLAIM_COLUMNS: readonly TableColumn[] = [
  col('event', 'string', 'event folder'),
  col('source', 'string', 'source id (file name)'),
  col('outlet', 'string', 'outlet'),
  col('claim', 'string', 'claim id within the source (`c3`)'),
  col('kind', 'string', 'quantity, date, attribution or blame'),
  col('rule', 'string', 'id of the rule that extracted the claim'),
  col('sentence', 'string', 'sentence id (`s4`)'),
  col('start', 'integer', 'UTF-16 offset of the claim in the compared text'),
  col('end', 'integer', 'end (exclusive) of the claim'),
  col('text', 'string', 'the claim as written'),
  col('stance', 'string', 'fact, said, claimed, confirmed, denied or hedged'),
  col('speaker', 'string', 'who the claim is attributed to, as written'),
  col('value', 'number', 'quantity: the number'),
  col('min', 'number', 'quantity: lower bound'),
  col('max', 'number', 'quantity: upper bound'),
  col('precision', 'string', 'quantity or date: how precise it is'),
  col('subtype', 'string', 'quantity: casualty, count, duration, money, percent or ordinal'),
  col('date_start', 'string', 'date: first day of the interval, YYYY-MM-DD'),
  col('date_end', 'string', 'date: last day of the interval, YYYY-MM-DD'),
];
