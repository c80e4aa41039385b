import { UserError } from '../errors.js';
import type { OmissionCap } from '../model/capped.js';
import { DEFAULT_OMISSION_CAP, OMISSION_CAP_FIX as FIX, isOmissionCap } from '../omission-cap.js';
import type { FlagSpec } from './command.js';

// `--omission-cap N|all`, shared by `compare` and `batch`: each report keeps at most N omissions
// per omitting side and counts the rest in `capped`; `all` keeps every one, for a researcher who
// needs the full list over a corpus (a missing row must not mean "capped").

/** The flag as `compare` and `batch` declare it. */
export const OMISSION_CAP_FLAG: FlagSpec = {
  type: 'string',
  value: 'N|all',
  description: `omissions kept per omitting side in each report, the rest counted as capped (default: ${DEFAULT_OMISSION_CAP}; all: none cut)`,
  fix: FIX,
};

/** Parses `--omission-cap`: a whole number ≥ 1, or `all`; absent, the default. */
export function parseOmissionCap(text: string | undefined): OmissionCap {
  if (text === undefined) return DEFAULT_OMISSION_CAP;
  const trimmed = text.trim();
  // Digits only: Number() would also read '1e3' and '0x10'; the rule itself is the library's.
  const cap = trimmed === 'all' ? 'all' : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (isOmissionCap(cap)) return cap;
  throw new UserError('bad-usage', `--omission-cap '${text}' is not a whole number ≥ 1 or 'all'`, FIX);
}
