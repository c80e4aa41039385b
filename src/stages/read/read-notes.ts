import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceMeta } from '../../model/source.js';

/** What the notes of reading a source depend on: how it was read and what its front matter held. */
export interface ReadState {
  id: string;
  /** A saved web page, read by Readability. */
  html: boolean;
  /** Front matter read as flat `key: value` lines. */
  lenient: boolean;
  /** The front matter's fields, or null when the file has none. */
  data: Record<string, unknown> | null;
  /** Whether the front matter names the outlet (a non-empty `outlet`). */
  outletNamed: boolean;
  meta: SourceMeta;
}

/**
 * The notes of reading a source, in report order: how its text and front matter were read, and
 * each piece of metadata it lacks (the outlet falls back to the file name, relative dates stay
 * unresolved). A file without front matter gets one note for both.
 */
export function readNotes(state: ReadState): Diagnostic[] {
  const { id, data } = state;
  const notes: Diagnostic[] = [];
  if (state.html) {
    notes.push({
      code: 'read/html-main-text',
      severity: 'info',
      message: `${id}: main text taken from the page by Readability; the report holds the text compared`,
      source: id,
    });
  }
  if (state.lenient) {
    notes.push({
      code: 'read/flat-front-matter',
      severity: 'info',
      message: `${id}: front matter is not strict YAML (a value holds ': ' or a quote); read as plain key: value lines`,
      source: id,
    });
  }
  if (!data) {
    notes.push({
      code: 'read/no-front-matter',
      severity: 'warning',
      message: `${id} has no front matter: the outlet is taken from the file name and relative dates stay unresolved`,
      source: id,
    });
    return notes;
  }
  // User trial 18, item 13: an empty or missing outlet fell back to the file name without a word.
  if (!state.outletNamed) {
    notes.push({
      code: 'read/no-outlet',
      severity: 'warning',
      message: `${id} has no 'outlet' in its front matter: the outlet is taken from the file name`,
      source: id,
    });
  }
  if (!state.meta.published) {
    notes.push({
      code: 'read/no-publication-date',
      severity: 'warning',
      message: `${id} has no 'published' date: relative dates stay unresolved`,
      source: id,
    });
  }
  return notes;
}
