import { UserError } from '../errors.js';
import { FORMATS, type Format } from '../report/formats.js';

export { FORMATS, type Format, RENDERERS, reportFileOf } from '../report/formats.js';

/** Parses `--format json,html`: known names only, deduplicated, in canonical order. */
export function parseFormats(text: string): Format[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(FORMATS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new UserError(
      'bad-usage',
      `--format '${text}' names ${unknown.length > 0 ? `unknown format '${unknown[0]}'` : 'no format'}`,
      `use a comma-separated list of ${FORMATS.join(', ')}`,
    );
  }
  return FORMATS.filter((format) => names.includes(format));
}
