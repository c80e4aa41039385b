import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceMeta } from '../../model/source.js';

// C1 controls (U+0080–U+009F) never belong in prose. They are what Windows-1252 curly quotes and
// dashes become when the file was converted as Latin-1 (user trial 10): the words around them
// still read, but quotes are no longer quotes to the extractors.
const C1 = /[\u0080-\u009f]/g;

/** English, by BCP 47 tag (`en`, `en-GB`), in any case. */
const ENGLISH = /^en(?:[-_]|$)/i;

/** Warnings about a source's text and language: data in the report, never an error. */
export function contentWarnings(id: string, text: string, meta: SourceMeta): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const controls = text.match(C1)?.length ?? 0;
  if (controls > 0) {
    warnings.push({
      code: 'read/c1-controls',
      severity: 'warning',
      message: `${id} holds ${controls} C1 control character(s) (U+0080–U+009F), the trace of Windows-1252 text converted as Latin-1: convert the original with \`iconv -f cp1252 -t utf-8\``,
      source: id,
    });
  }
  if (meta.language !== undefined && !ENGLISH.test(meta.language.trim())) {
    warnings.push({
      code: 'read/not-english',
      severity: 'warning',
      message: `${id} is in '${meta.language}', but crosscheck reads English only: its claims and findings may be missing or wrong`,
      source: id,
    });
  }
  return warnings;
}
