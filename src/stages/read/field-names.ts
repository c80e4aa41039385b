import type { Diagnostic } from '../../model/diagnostic.js';
import { FRONT_MATTER_FIELDS } from './meta.js';

// User trial 18, item 13: `Outlet:` and `Published:` were ignored without a word, and the outlet
// fell back to the file name. The fields are few and no two differ only in case, so a key is read
// as the field it names in any case; only a key that repeats a field already given is ambiguous.

const FIELDS = new Set(FRONT_MATTER_FIELDS);

/** The fields of front matter under their lower-case names (other keys dropped), and a note per key set aside. */
export interface NamedFields {
  data: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/**
 * Reads each key that names a field in another case (`Outlet`, `PUBLISHED`) as that field. When
 * the field is given twice (`outlet` and `Outlet`), the lower-case key wins, else the first, and
 * each other key gets a `read/duplicate-field` warning naming it and the field it repeats.
 */
export function nameFields(data: Record<string, unknown>, id: string): NamedFields {
  const named: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const variants: [string, string][] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = key.toLowerCase();
    if (!FIELDS.has(field)) continue;
    if (key === field) named[field] = value;
    else variants.push([key, field]);
  }
  for (const [key, field] of variants) {
    if (!Object.hasOwn(named, field)) {
      named[field] = data[key];
      continue;
    }
    const kept = Object.hasOwn(data, field) ? field : (variants.find(([, f]) => f === field)?.[0] ?? field);
    diagnostics.push({
      code: 'read/duplicate-field',
      severity: 'warning',
      message: `${id}: front matter gives '${field}' twice, as '${key}' and as '${kept}': '${key}' is ignored`,
      source: id,
    });
  }
  return { data: named, diagnostics };
}
