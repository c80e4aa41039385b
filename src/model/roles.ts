import type { LineRole } from './source.js';

/**
 * Whether a sentence is reporting (a headline or body sentence) rather than a caption, credit or
 * promo: only reporting carries claims, aligns, and is compared. The one copy of this test.
 */
export const carriesClaims = (sentence: { role: LineRole }): boolean =>
  sentence.role === 'body' || sentence.role === 'headline';
