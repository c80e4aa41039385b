import { FINDING_COLUMNS } from '../../src/report/finding-table.js';
import type { TableColumn } from '../../src/report/tidy-table.js';
import { CLAIM_COLUMNS } from '../../src/tables/columns.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function columnTable(columns: readonly TableColumn[]): string[] {
  return [
    '| column | type | what it holds |',
    '|---|---|---|',
    ...columns.map((c) => `| \`${c.name}\` | ${c.type} | ${cell(c.description)} |`),
  ];
}

/**
 * docs/tables.md: every column of findings.csv/.jsonl (and the per-pair CSV) and claims.csv/.jsonl,
 * from the column declarations, so the documentation cannot fall behind the tables (user trial 7,
 * item 7). `npm run tables:schema` writes it; test/tables/table-schemas.test.ts fails when stale.
 */
export function renderTablesDoc(): string {
  return `${[
    '# The tidy tables: every column',
    '',
    'Generated from `src/report/finding-table.ts` and `src/tables/columns.ts` by `npm run tables:schema`; do not edit.',
    '',
    'A batch with the json format writes `findings.csv` and `claims.csv` (RFC 4180, UTF-8, CRLF; text',
    "that starts with `= + - @`, tab or CR gets a leading `'`) and their twins `findings.jsonl` and",
    '`claims.jsonl` (the same columns, `null` when absent; `crosscheck schema findings|claim-rows`).',
    "`compare --csv` and `batch --format csv` write one pair's rows with the findings columns.",
    'Types: `string` (empty when absent), `integer` and `number` (empty cell when absent), `boolean`',
    '(`true`/`false`, read as logical by R and pandas).',
    '',
    '## Offsets',
    'Every offset is a UTF-16 code unit index into the compared text, the text the JSON report holds:',
    "the source file's text after its front matter, with the front matter's `title` and a blank line",
    'put first when none of the first three lines repeats it. `body_start*` gives the length of what',
    "was put first (0 when nothing was), so `start - body_start` indexes the file's text after the",
    "front matter's closing `---` line (a byte order mark dropped), and a row is checked against the",
    "`.txt` file alone. A negative value points into the title line, which is the front matter's",
    '`title` with runs of white space made one space. UTF-16 counts a character outside the Basic',
    "Multilingual Plane (most emoji) as two units; a tool that indexes code points (Python's `str`)",
    'counts it as one, so after such a character its index is smaller than the offset by one each.',
    '',
    '## findings.csv, findings.jsonl, the per-pair CSV',
    'One row per finding of every pair, in pair then report order.',
    '',
    ...columnTable(FINDING_COLUMNS),
    '',
    '## claims.csv, claims.jsonl',
    'One row per claim of every source of the batch, each source once.',
    '',
    ...columnTable(CLAIM_COLUMNS),
  ].join('\n')}\n`;
}
