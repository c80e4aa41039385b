import { headOf } from '../io/file-head.js';

// crosscheck reads CSV separated by ',' (RFC 4180). Spreadsheets set to a European locale save
// "CSV" separated by ';', and some tools save tab-separated text as .csv: read with ',', each row
// is one unnamed column, and every row is skipped (user trial 18, item 21).

const OTHER_DELIMITERS: [string, string][] = [
  [';', "';'"],
  ['\t', 'a tab'],
];

/** The first line of a file (at most 64 KB), without a byte-order mark. */
function firstLine(path: string): string {
  return headOf(path, 65_536)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
}

/**
 * Says how a CSV file's header row is separated when that is not ',' but ';' or a tab (no comma
 * in the header, one of those in it); undefined otherwise.
 */
export function csvDelimiterHint(path: string): string | undefined {
  const header = firstLine(path);
  if (header.includes(',')) return undefined;
  const other = OTHER_DELIMITERS.find(([delimiter]) => header.includes(delimiter));
  return other && `its header row is separated by ${other[1]}, not ','`;
}
