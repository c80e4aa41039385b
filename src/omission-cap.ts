import { UserError } from './errors.js';
import { DEFAULT_OMISSION_CAP, type OmissionCap } from './model/capped.js';

export { DEFAULT_OMISSION_CAP };

// The omission cap a caller may give (`--omission-cap`, `CompareOptions.omissionCap`,
// `BatchOptions.omissionCap`), checked in one place for the CLI and the library alike, so a
// library caller cannot write reports that fail their own schema (review of cap9, item 1).

/** What to write instead of a bad cap. */
export const OMISSION_CAP_FIX = 'e.g. --omission-cap 20, or --omission-cap all for every omission';

/** Whether a value is a cap: a whole number ≥ 1, or `'all'`. */
export const isOmissionCap = (cap: unknown): cap is OmissionCap =>
  cap === 'all' || (typeof cap === 'number' && Number.isSafeInteger(cap) && cap >= 1);

/** A cap as given, or a `bad-usage` error naming it: a whole number ≥ 1, or `'all'`. */
export function checkOmissionCap(cap: unknown): OmissionCap {
  if (isOmissionCap(cap)) return cap;
  const shown = typeof cap === 'string' ? `'${cap}'` : String(cap);
  throw new UserError(
    'bad-usage',
    `omission cap ${shown} is not a whole number ≥ 1 or 'all'`,
    OMISSION_CAP_FIX,
  );
}
