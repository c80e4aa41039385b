import type { Claim } from './claim.js';
import type { SegmentedSource } from './source.js';

/**
 * A source with its claims: what extract returns, what `claims/<event>/<source>.json` holds,
 * and what align and compare read.
 */
export interface AnalyzedSource extends SegmentedSource {
  claims: Claim[];
}
