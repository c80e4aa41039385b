import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OmissionCap } from '../model/capped.js';
import { DEFAULT_OMISSION_CAP } from '../omission-cap.js';
import { contentHash } from '../text/content-hash.js';
import { VERSION } from '../version.js';

/** sha256 of a file's bytes, as `readSource` computes it; null when it cannot be read. */
export function hashFile(path: string): string | null {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return null;
  }
}

/**
 * The freshness key of a pair's outputs: both sources' content, the tool version, the formats
 * written and the omission cap. A rerun skips a pair whose recorded key is the same, so one with
 * another `--omission-cap` compares again. The default cap adds nothing: keys of runs without the
 * flag stay as they were.
 */
export function freshnessKey(
  hashA: string | null,
  hashB: string | null,
  formats: readonly string[],
  omissionCap: OmissionCap = DEFAULT_OMISSION_CAP,
): string {
  const cap = omissionCap === DEFAULT_OMISSION_CAP ? [] : [`omission-cap=${omissionCap}`];
  return createHash('sha256')
    .update([VERSION, hashA ?? '-', hashB ?? '-', formats.join(','), ...cap].join('\n'))
    .digest('hex');
}
