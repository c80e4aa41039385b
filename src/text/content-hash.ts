import { createHash } from 'node:crypto';

/**
 * sha256 of a source file's bytes: the key of its claims file and of a batch's freshness check.
 * Here, not in the read stage, so that the batch's main thread can hash sources without loading
 * the pipeline and with it the NLP model.
 */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
