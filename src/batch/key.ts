import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
 * The freshness key of a pair's outputs: both sources' content, the tool version and the
 * formats written. A rerun skips a pair whose recorded key is the same.
 */
export function freshnessKey(hashA: string | null, hashB: string | null, formats: readonly string[]): string {
  return createHash('sha256')
    .update([VERSION, hashA ?? '-', hashB ?? '-', formats.join(',')].join('\n'))
    .digest('hex');
}
