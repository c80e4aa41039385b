import type { Side } from './span.js';

/**
 * Findings a compare rule found but left out because of its cap (user trial 6, item 2): the
 * omission rule keeps a few per side, the sentence-agreement rule a few per pair. Recorded so
 * that a count of shown omissions is never read as a measure of what an outlet leaves out.
 */
export interface CappedCount {
  kind: 'omission' | 'agreement';
  /** For omissions, the side that omits (the one without evidence); absent for a per-pair cap. */
  side?: Side;
  /** The most the rule keeps (per side for omissions, per pair for agreements). */
  cap: number;
  /** Candidates the rule found beyond the cap, which the report does not hold. */
  beyond: number;
  /**
   * Of `beyond`, those confident enough to show (confidence ≥ 0.5): the count a reader would have
   * seen without the cap. The caps run after confidence (compare/cap.ts), so every count written
   * since 0.7.0 has it; optional only for reports written before.
   */
  confident?: number;
}
