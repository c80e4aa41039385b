import { csvField, defuse } from './csv-cell.js';

// What every tidy table shares, the finding table (finding-table.ts) and a batch's claims table
// (tables/columns.ts): columns declared as data, rows as plain records, and their CSV lines.
// Kept apart from the finding table so that the claims table need not import its columns.

/** A column of a tidy table: its name, the type R and pandas should read it as, and what it holds. */
export interface TableColumn {
  name: string;
  /**
   * `string` (empty when absent), `integer` or `number` (empty in CSV, null in JSONL, when absent),
   * `boolean` (`true`/`false` in CSV, which R and pandas read as logical; a JSON boolean in JSONL).
   */
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  /** The values the column may hold besides null, when they are a closed list (the schema's `enum`). */
  values?: readonly string[];
  /**
   * A column added after files of this table were published (0.10.0): not required by the
   * schema, so those files still validate (review of research11, M3).
   */
  added?: boolean;
}

/** A column, declared in one line. */
export const col = (
  name: string,
  type: TableColumn['type'],
  description: string,
  values?: readonly string[],
): TableColumn => ({ name, type, description, ...(values ? { values } : {}) });

/**
 * What `body_start` columns hold: where the source file's body starts in the compared text, so
 * `start - body_start` is the offset into the file's text after its front matter.
 */
export const BODY_START = (of: string) =>
  `where the body of the file of ${of} starts in the compared text: 0, or the length of the front matter title line and blank line put before a body that lacks its headline; start - body_start is the UTF-16 offset into the file's text after its front matter (the line after the closing ---), negative inside that title line (a saved web page: into its main text, as the JSON report holds it)`;

/** A table row: column name → value; absent values are undefined. */
export type TableRow = Record<string, string | number | boolean | undefined>;

/**
 * A CSV cell: RFC 4180 quoting, text defused against formula injection (csv-cell.ts), an absent value
 * empty (R's read.csv and pandas read it as NA in a numeric column).
 */
function csvCell(value: TableRow[string], column: TableColumn): string {
  if (value === undefined) return '';
  return column.type === 'string' ? csvField(defuse(String(value))) : String(value);
}

/** One CSV line of a row, CRLF-ended. */
export function csvLine(columns: readonly TableColumn[], row: TableRow): string {
  return `${columns.map((c) => csvCell(row[c.name], c)).join(',')}\r\n`;
}

/** The CSV header line of these columns. */
export function csvHeader(columns: readonly TableColumn[]): string {
  return `${columns.map((c) => c.name).join(',')}\r\n`;
}
