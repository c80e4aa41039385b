// The two cell rules every CSV writer shares: RFC 4180 quoting and, for report text, the guard
// against formula injection. Their own file so the finding table and csv.ts import them without
// importing each other.

/** Quotes a field when RFC 4180 requires it: a comma, a double quote, CR or LF inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Prefixes text that a spreadsheet would read as a formula (OWASP: CSV injection). */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
